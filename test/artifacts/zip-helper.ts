import { crc32 } from 'node:zlib';

/** A stored (uncompressed) member's local header and central directory entry, names included. */
export function zipEntry(
  name: string,
  size: number,
  offset: number,
  crc = 0,
): { local: Buffer; central: Buffer } {
  const n = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(size, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(size, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, n]), central: Buffer.concat([central, n]) };
}

/** The end of central directory record for `count` members. */
export function zipEnd(count: number, directorySize: number, directoryOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return end;
}

/** A zip of stored (uncompressed) members, as Python's zipfile writes one: enough for tests. */
export function zipSync(members: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(members)) {
    const e = zipEntry(name, data.length, offset, crc32(data));
    locals.push(e.local, data);
    central.push(e.central);
    offset += e.local.length + data.length;
  }
  const cd = Buffer.concat(central);
  return Buffer.concat([...locals, cd, zipEnd(central.length, cd.length, offset)]);
}
