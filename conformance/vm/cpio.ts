// A minimal writer of "newc" cpio archives, the format the kernel unpacks as
// an initramfs (usr/initramfs.c; Documentation/driver-api/early-userspace/
// buffer-format.rst): a 110-byte ASCII header of 13 eight-digit hex fields,
// the NUL-terminated name padded to 4 bytes, the data padded to 4 bytes, and
// a last entry named TRAILER!!!. Archives may be concatenated: the kernel
// unpacks them in order, so a batch of scenarios is appended to the cached
// base image.

export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
export const S_IFCHR = 0o020000;

export interface CpioEntry {
  name: string;
  mode: number;
  data?: Buffer;
  rdev?: [number, number];
}

const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
const pad4 = (n: number): number => (4 - (n % 4)) % 4;

export function cpio(entries: CpioEntry[]): Buffer {
  const parts: Buffer[] = [];
  let ino = 1;
  const push = (e: CpioEntry): void => {
    const data = e.data ?? Buffer.alloc(0);
    const name = Buffer.from(e.name.replace(/^\/+/, '') + '\0');
    const [maj, min] = e.rdev ?? [0, 0];
    const fields = [ino++, e.mode, 0, 0, e.mode & S_IFDIR ? 2 : 1, 0, data.length, 0, 0, maj, min, name.length, 0];
    const head = Buffer.from('070701' + fields.map(hex8).join(''));
    parts.push(head, name, Buffer.alloc(pad4(head.length + name.length)), data, Buffer.alloc(pad4(data.length)));
  };
  for (const e of entries) push(e);
  push({ name: 'TRAILER!!!', mode: 0 });
  return Buffer.concat(parts);
}
