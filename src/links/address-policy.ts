/**
 * Which network addresses a fetch may connect to. A server that fetches URLs strangers send must
 * never reach itself, its network, or the cloud's metadata service: every resolved address is
 * checked here, IPv4 and IPv6, with IPv4 hidden inside IPv6 (mapped, NAT64, 6to4) unwrapped first.
 */
import net from 'node:net';

/** Ranges no public job post lives in (IANA special-purpose registries), with why. */
const BLOCKED_V4 = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT (also Alibaba Cloud metadata)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata 169.254.169.254)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved and broadcast'],
] as const satisfies ReadonlyArray<readonly [string, number, string]>;

const BLOCKED_V6 = [
  ['::', 96, 'unspecified, loopback and IPv4-compatible'],
  ['100::', 64, 'discard-only'],
  ['2001::', 23, 'IETF protocol assignments (Teredo among them)'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (AWS metadata fd00:ec2::254)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local (deprecated)'],
  ['ff00::', 8, 'multicast'],
] as const satisfies ReadonlyArray<readonly [string, number, string]>;

/** One BlockList per range, so a refusal can say which range it fell in. */
const RANGES = [
  ...BLOCKED_V4.map(([address, prefix, why]) => ({ type: 'ipv4' as const, why, list: subnet(address, prefix, 'ipv4') })),
  ...BLOCKED_V6.map(([address, prefix, why]) => ({ type: 'ipv6' as const, why, list: subnet(address, prefix, 'ipv6') })),
];

function subnet(address: string, prefix: number, type: 'ipv4' | 'ipv6'): net.BlockList {
  const list = new net.BlockList();
  list.addSubnet(address, prefix, type);
  return list;
}

/** The eight 16-bit groups of an IPv6 address (with a trailing dotted quad folded in), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const parts = quad[1]!.split('.').map(Number);
    if (parts.some((p) => p > 255)) return null;
    text = text.slice(0, -quad[1]!.length) + `${((parts[0]! << 8) | parts[1]!).toString(16)}:${((parts[2]! << 8) | parts[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), or null. */
export function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return v4(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4(g[1]!, g[2]!);
  return null;
}

export interface AddressVerdict { allowed: boolean; reason?: string }

/** Whether a fetch may connect to `address` (an IP literal). Anything unparsable is refused. */
export function checkAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = net.isIP(bare);
  if (family === 0) return { allowed: false, reason: 'not an IP address' };
  if (family === 6) {
    const inner = embeddedIPv4(bare);
    if (inner !== null) {
      const verdict = checkAddress(inner);
      return verdict.allowed ? verdict : { allowed: false, reason: `IPv4 inside IPv6: ${verdict.reason}` };
    }
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const hit = RANGES.find((r) => r.type === type && r.list.check(bare, type));
  return hit ? { allowed: false, reason: hit.why } : { allowed: true };
}
