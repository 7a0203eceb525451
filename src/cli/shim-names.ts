// Used by the build to generate dist/shims: which names are emulated and which refused.
import { TOOLS, NOT_EMULATED } from '../tools/registry';

export const emulated = Object.keys(TOOLS);
export const refused = NOT_EMULATED.filter((n) => !(n in TOOLS));
