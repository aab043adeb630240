package io.anshim.booking.policy;

import io.anshim.shared.InvalidRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How a proxy booker is related to the person they book for, as they state it. */
public enum ProxyRelationship {
  CHILD,
  SPOUSE,
  GRANDCHILD,
  SIBLING,
  CAREGIVER;

  /** Reads a stated relationship; blank is "none stated" (null), anything unknown is refused. */
  public static ProxyRelationship parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException("error.policy.unknownRelationship", text.strip(), codes());
    }
  }

  public static boolean isCode(String text) {
    return text != null && Arrays.stream(values()).anyMatch(r -> r.name().equals(text));
  }

  /** The stored form of a set: comma-separated codes in declaration order. */
  public static String join(Set<ProxyRelationship> relationships) {
    return relationships.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static Set<ProxyRelationship> split(String stored) {
    Set<ProxyRelationship> set = EnumSet.noneOf(ProxyRelationship.class);
    if (stored != null) {
      Arrays.stream(stored.split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(s -> set.add(valueOf(s)));
    }
    return set;
  }

  public static String codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
