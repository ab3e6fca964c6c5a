/** A person's office in words for the UI: "Spokesperson, Russian Ministry of Foreign Affairs". */

type Translate = (key: string) => string
type Exists = (key: string) => boolean

/** The role in the UI language where it is a known one, else as written ("press-secretary" → "press secretary"). */
export function roleLabel(role: string, t: Translate, te: Exists): string {
  const key = `persons.roles.${role}`
  return te(key) ? t(key) : role.replace(/-/gu, ' ')
}

export function officeText(role: string | null, body: string | null, t: Translate, te: Exists): string {
  return [role ? roleLabel(role, t, te) : null, body].filter(Boolean).join(', ')
}
