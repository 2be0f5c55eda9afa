package io.openipam.adapters.melange.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.openipam.adapters.melange.fault.InvalidValues;
import io.openipam.domain.error.Identifiers;
import io.openipam.domain.error.Invalid;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Melange's limit/marker pagination (spec §2.8): items ordered by id, {@code marker} = the last id
 * already seen, {@code limit} 200 by default. When more items follow, the page carries a next
 * link: the URL the client sent, with {@code marker} set to the last id of this page. Pages hold
 * at most 1000 items (the core's largest query); a larger limit still pages, by that size.
 */
@Singleton
public class Pagination {

  static final int DEFAULT_LIMIT = 200;
  static final int LARGEST_PAGE = 1000;
  private static final int LONGEST_ID = 255;

  private final HttpHostResolver hosts;

  public Pagination(HttpHostResolver hosts) {
    this.hosts = hosts;
  }

  /** One page of a list, and the link to the next one (null on the last page). */
  public record Page<T>(List<T> items, String next) {}

  /**
   * Reads the page the request asks for. {@code fetch} lists up to {@code limit} items after an
   * id (null: from the start), in id order.
   */
  public <T> Page<T> page(HttpRequest<?> request, BiFunction<String, Integer, List<T>> fetch, Function<T, String> id) {
    int limit = limit(request);
    String after = marker(request);
    List<T> items = fetch.apply(after, limit);
    if (items.size() < limit) {
      return new Page<>(items, null);
    }
    String last = id.apply(items.getLast());
    boolean more = !fetch.apply(last, 1).isEmpty();
    return new Page<>(items, more ? nextLink(request, last) : null);
  }

  /**
   * A positive integer of any size (Python's {@code int()} had none): beyond the largest page, the
   * largest page.
   */
  private static int limit(HttpRequest<?> request) {
    String text = request.getParameters().get("limit");
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    BigInteger limit;
    try {
      limit = new BigInteger(text.strip());
    } catch (NumberFormatException e) {
      throw InvalidValues.of("limit", "limit should be of type integer");
    }
    if (limit.signum() <= 0) {
      throw InvalidValues.of("limit", "limit should be a positive integer");
    }
    return limit.min(BigInteger.valueOf(LARGEST_PAGE)).intValue();
  }

  /**
   * The id after which the page starts, or null from the first. Any text is a place in id order,
   * an unknown one too (spec §2.8). Ids have at most 255 characters, so a longer marker sorts
   * exactly as its first 255 do: that is what is looked up. Text no id can hold (control
   * characters, broken unicode) is refused.
   */
  private static String marker(HttpRequest<?> request) {
    String marker = request.getParameters().get("marker");
    if (marker == null || marker.isBlank()) {
      return null;
    }
    String place = marker;
    if (marker.length() > LONGEST_ID) {
      int end = Character.isHighSurrogate(marker.charAt(LONGEST_ID - 1)) ? LONGEST_ID - 1 : LONGEST_ID;
      place = marker.substring(0, end);
    }
    try {
      Identifiers.check("marker", place);
    } catch (Invalid unusable) {
      throw InvalidValues.of("marker", "marker is not a valid id");
    }
    return place;
  }

  private String nextLink(HttpRequest<?> request, String marker) {
    String sent = MelangeExchange.sentUri(request);
    int question = sent.indexOf('?');
    String path = question < 0 ? sent : sent.substring(0, question);
    List<String> query = new ArrayList<>();
    if (question >= 0) {
      for (String parameter : sent.substring(question + 1).split("&")) {
        if (!parameter.isEmpty() && !parameter.equals("marker") && !parameter.startsWith("marker=")) {
          query.add(parameter);
        }
      }
    }
    query.add("marker=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
    return hosts.resolve(request) + path + "?" + String.join("&", query);
  }
}
