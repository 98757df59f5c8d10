import type { XlKeyDef } from '../../schema/xl/key-def';
import type { XlModel } from './model';

export function appliesToGuestType(def: XlKeyDef, model: XlModel): boolean {
  return def.guests.includes(model.guest.type);
}

export function appliesToArch(def: XlKeyDef, model: XlModel): boolean {
  return !def.arch || def.arch.includes(model.arch);
}

/** Whether xl reads the key at all for this guest; values of unread keys cannot be fatal. */
export function isReadByXl(def: XlKeyDef, model: XlModel): boolean {
  return appliesToGuestType(def, model) && appliesToArch(def, model);
}
