package org.civicportal.web;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * An address block in CIDR notation ("10.0.0.0/8", "::1/128", or a single address), for trusted
 * proxies.
 */
public final class IpRange {
  private final byte[] network;
  private final int prefix;
  private final String text;

  private IpRange(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * @throws IllegalArgumentException when {@code cidr} is not an IP literal with an optional prefix
   *     length
   */
  public static IpRange parse(String cidr) {
    String s = cidr.trim();
    int slash = s.indexOf('/');
    String addr = slash < 0 ? s : s.substring(0, slash);
    // Guava parses literals only: never a DNS lookup.
    if (!InetAddresses.isInetAddress(addr)) {
      throw new IllegalArgumentException("Not an IP address range: " + cidr);
    }
    byte[] bytes = InetAddresses.forString(addr).getAddress();
    int max = bytes.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? max : Integer.parseInt(s.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not an IP address range: " + cidr, e);
    }
    if (prefix < 0 || prefix > max) {
      throw new IllegalArgumentException("Prefix length out of range: " + cidr);
    }
    return new IpRange(mask(bytes, prefix), prefix, s);
  }

  public boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
  }

  static byte[] mask(byte[] bytes, int prefix) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - i * 8));
      out[i] &= (byte) (0xff << (8 - keep));
    }
    return out;
  }

  @Override
  public String toString() {
    return text;
  }
}
