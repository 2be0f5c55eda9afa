package io.openipam.adapters.exoscale.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pragmas of {@code Authorization: EXO2-HMAC-SHA256 credential=<key>[,signed-query-args=<a>;<b>],
 * expires=<unix>,signature=<base64>} (spec §5.1), in any order. Empty when the scheme is another
 * one or a required pragma is missing.
 */
public record SignatureHeader(String credential, List<String> signedQueryArgs, String expires, String signature) {

  static final String SCHEME = "EXO2-HMAC-SHA256 ";

  public static Optional<SignatureHeader> parse(String header) {
    if (header == null || !header.startsWith(SCHEME)) {
      return Optional.empty();
    }
    Map<String, String> pragmas = new HashMap<>();
    for (String item : header.substring(SCHEME.length()).split(",")) {
      int equals = item.indexOf('=');
      if (equals <= 0 || pragmas.putIfAbsent(item.substring(0, equals), item.substring(equals + 1)) != null) {
        return Optional.empty();
      }
    }
    String credential = pragmas.get("credential");
    String expires = pragmas.get("expires");
    String signature = pragmas.get("signature");
    if (credential == null || expires == null || signature == null) {
      return Optional.empty();
    }
    String args = pragmas.get("signed-query-args");
    List<String> names = args == null || args.isEmpty() ? List.of() : List.of(args.split(";", -1));
    return Optional.of(new SignatureHeader(credential, names, expires, signature));
  }
}
