package io.openipam.adapters.melange.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Melange chose a response format and an API version from a request (spec §1.1, §2.1): a
 * {@code .json}/{@code .xml} path suffix wins over the Accept header; in the header the highest
 * quality wins, then the more specific range, then JSON; JSON is also the default. A vendor type
 * with {@code ;version=X.Y} picks the API version of a path that names none.
 */
final class Negotiation {

  /**
   * A vendor type's {@code version} parameter, whatever its value: Melange routed by it, and
   * answered 406 for any version it did not serve ({@code abc}, {@code 1.0.0}, an empty one).
   */
  private static final Pattern ACCEPT_VERSION = Pattern.compile(
      "application/vnd\\.openstack\\.melange(\\+[^;,]+?)?\\s*;\\s*version\\s*=\\s*([^;,\\s]*)",
      Pattern.CASE_INSENSITIVE);

  private Negotiation() {}

  /** The format a {@code .json} or {@code .xml} ending of the path asks for; any other ending is ignored. */
  static Optional<Format> bySuffix(String path) {
    if (path.endsWith(".json")) {
      return Optional.of(Format.JSON);
    }
    if (path.endsWith(".xml")) {
      return Optional.of(Format.XML);
    }
    return Optional.empty();
  }

  static String withoutSuffix(String path) {
    return bySuffix(path).map(format -> path.substring(0, path.lastIndexOf('.'))).orElse(path);
  }

  static Format byAccept(String accept) {
    Match json = Match.NONE;
    Match xml = Match.NONE;
    if (accept != null) {
      for (String range : accept.split(",")) {
        Match candidate = Match.of(range);
        if (candidate == null) {
          continue;
        }
        if (candidate.covers("application/json") || candidate.covers("application/vnd.openstack.melange+json")) {
          json = json.better(candidate);
        }
        if (candidate.covers("application/xml") || candidate.covers("application/vnd.openstack.melange+xml")) {
          xml = xml.better(candidate);
        }
      }
    }
    return xml.beats(json) ? Format.XML : Format.JSON;
  }

  /**
   * The {@code X.Y} of {@code application/vnd.openstack.melange[+json|+xml];version=X.Y}, if
   * sent: the text as sent, which may name no version this server has.
   */
  static Optional<String> acceptedVersion(String accept) {
    if (accept == null) {
      return Optional.empty();
    }
    Matcher matcher = ACCEPT_VERSION.matcher(accept);
    return matcher.find() ? Optional.of(matcher.group(2)) : Optional.empty();
  }

  /** One media range of an Accept header: its type, its quality, how specific it is. */
  private record Match(String type, String subtype, double quality, int specificity) {

    static final Match NONE = new Match("", "", 0, -1);

    static Match of(String range) {
      String[] parts = range.split(";");
      if (parts.length == 0) {
        return null; // only separators, as in ";;;"
      }
      String[] type = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
      if (type.length != 2) {
        return null;
      }
      double quality = 1;
      for (int i = 1; i < parts.length; i++) {
        String[] parameter = parts[i].strip().split("=", 2);
        if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("q")) {
          try {
            quality = Double.parseDouble(parameter[1].strip());
          } catch (NumberFormatException e) {
            quality = 1;
          }
        }
      }
      if (quality <= 0) {
        return null;
      }
      int specificity = ("*".equals(type[0]) ? 0 : 1) + ("*".equals(type[1]) ? 0 : 1);
      return new Match(type[0], type[1], quality, specificity);
    }

    boolean covers(String mediaType) {
      String[] offered = mediaType.split("/", 2);
      return ("*".equals(type) || type.equals(offered[0])) && ("*".equals(subtype) || subtype.equals(offered[1]));
    }

    Match better(Match other) {
      return other.beats(this) ? other : this;
    }

    /** Strictly better: a higher quality, or the same quality from a more specific range. */
    boolean beats(Match other) {
      return quality > other.quality || (quality == other.quality && specificity > other.specificity);
    }
  }
}
