import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIp6, formatIp4, parseIp4, parseIp6, network, lastAddress, ip4 } from '../src/net/ip';
import { eui64, parseMac } from '../src/net/mac';
import { sprintf } from '../src/lib/sprintf';
import { Printer, Out } from '../src/lib/printer';

describe('IPv4', () => {
  it.each([
    ['10.0.0.1', 0x0a000001],
    ['255.255.255.255', 0xffffffff],
    ['0.0.0.0', 0],
  ])('parses %s', (s, v) => expect(parseIp4(s)?.v).toBe(v));
  it.each(['10.0.0', '10.0.0.256', '1.2.3.4.5', '01.2.3.4x', '', '1..2.3'])('rejects %s', (s) => expect(parseIp4(s)).toBeNull());
  it('round-trips', () => fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (v) => parseIp4(formatIp4(v))?.v === v)));
  it('network and broadcast', () => {
    expect(formatIp4(network(ip4(0x0a0001ff), 16).v as number)).toBe('10.0.0.0');
    expect(formatIp4(lastAddress(ip4(0x0a000101), 16).v as number)).toBe('10.0.255.255');
  });
});

describe('IPv6 as glibc inet_ntop prints it', () => {
  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
    ['fe80::1059:63ff:fee2:8949', 'fe80::1059:63ff:fee2:8949'],
    ['1:0:1:0:1:0:1:0', '1:0:1:0:1:0:1:0'],
    ['::ffff:10.0.0.1', '::ffff:10.0.0.1'],
    ['::10.0.0.1', '::10.0.0.1'],
    ['1::', '1::'],
    ['ff00::', 'ff00::'],
  ])('%s -> %s', (a, b) => expect(formatIp6(parseIp6(a)!.v)).toBe(b));
  it.each([':::', '1:2:3:4:5:6:7:8:9', '1::2::3', 'g::1', '12345::', '1:2:3:4:5:6:7'])('rejects %s', (s) => expect(parseIp6(s)).toBeNull());
  it('round-trips', () =>
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (v) => parseIp6(formatIp6(v))?.v === v), { numRuns: 2000 }));
});

describe('MAC', () => {
  it('EUI-64 of a MAC gives the kernel link-local interface id', () => {
    // Recorded: 12:59:63:e2:89:49 -> fe80::1059:63ff:fee2:8949
    expect(formatIp6((0xfe80n << 112n) | eui64(parseMac('12:59:63:e2:89:49')!))).toBe('fe80::1059:63ff:fee2:8949');
  });
  it('normalises case and single digits', () => expect(parseMac('A:b:C:d:E:0f')).toBe('0a:0b:0c:0d:0e:0f'));
});

describe('sprintf', () => {
  it.each([
    ['%-16s|', ['lo'], 'lo              |'],
    ['%5d|%-5d|%05d', [42, 42, 42], '   42|42   |00042'],
    ['%x %X %#x', [255, 255, 255], 'ff FF 0xff'],
    ['%.2f %g %g %g', [1.005, 0.0001, 100000, 1e7], '1.00 0.0001 100000 1e+07'],
    ['%s%%', ['a'], 'a%'],
    ['%6.2f', [297.58], '297.58'],
  ])('%s', (f, args, out) => expect(sprintf(f, ...args)).toBe(out));
});

describe('printer', () => {
  // Recorded from `ip -j -p addr show br0` (shape only).
  it('pretty JSON matches iproute2 json_writer', () => {
    const p = new Printer({ json: true, pretty: true }).begin();
    p.openObject().num(Out.ANY, 'ifindex', '%d: ', 3).openArray(Out.ANY, 'flags', '<').string(Out.ANY, null, '%s', 'UP').string(Out.ANY, null, ',%s', 'LOWER_UP').closeArray(Out.ANY, '> ');
    p.openArray(Out.JSON, 'addr_info', '').openObject().string(Out.ANY, 'family', '%s', 'inet').bool(Out.JSON, 'secondary', null, true).closeObject().closeArray(Out.JSON, '');
    p.closeObject().end();
    expect(p.toString()).toBe(
      '[ {\n        "ifindex": 3,\n        "flags": [ "UP","LOWER_UP" ],\n        "addr_info": [ {\n                "family": "inet",\n                "secondary": true\n            } ]\n    } ]\n',
    );
  });
  it('compact JSON', () => {
    const p = new Printer({ json: true }).begin();
    p.openObject().num(Out.ANY, 'mtu', 'mtu %u ', 1500).string(Out.ANY, 'q', '%s', 'a"b\\').closeObject().end();
    expect(p.toString()).toBe('[{"mtu":1500,"q":"a\\"b\\\\"}]\n');
  });
  it('text ignores JSON-only fields', () => {
    const p = new Printer().begin();
    p.num(Out.ANY, 'mtu', 'mtu %u ', 1500).num(Out.JSON, 'x', null, 1).nl().end();
    expect(p.toString()).toBe('mtu 1500 \n');
  });
});
