// `node --import ./eager-register.mjs …`: loads linkedom as upstream ships it (see eager-hooks.mjs).
import { register } from 'node:module'

register(new URL('./eager-hooks.mjs', import.meta.url))
