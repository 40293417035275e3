package io.hindsight.runbook.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Which addresses are not on the public internet, whatever way they are written. */
final class InternalAddresses {

  private InternalAddresses() {}

  /**
   * Loopback, link-local, private (site-local and unique local), unspecified, multicast, shared
   * (100.64.0.0/10), benchmarking and reserved addresses, also when written inside an IPv6 address.
   */
  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      return first == 0
          || first >= 240
          || (first == 100 && (second & 0xc0) == 64)
          || (first == 198 && (second == 18 || second == 19));
    }
    if ((bytes[0] & 0xfe) == 0xfc) {
      return true;
    }
    if (embedsIpv4(bytes)) {
      try {
        return isInternal(
            InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
      } catch (UnknownHostException impossible) {
        return true;
      }
    }
    return false;
  }

  /** IPv4-mapped ({@code ::ffff:a.b.c.d}), IPv4-compatible and NAT64 ({@code 64:ff9b::/96}). */
  private static boolean embedsIpv4(byte[] bytes) {
    boolean zeros = true;
    for (int i = 0; i < 10; i++) {
      zeros &= bytes[i] == 0;
    }
    if (zeros && (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff)) {
      return true;
    }
    if (zeros && bytes[10] == 0 && bytes[11] == 0) {
      return true;
    }
    boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff;
    nat64 &= bytes[3] == (byte) 0x9b;
    for (int i = 4; i < 12; i++) {
      nat64 &= bytes[i] == 0;
    }
    return nat64;
  }
}
