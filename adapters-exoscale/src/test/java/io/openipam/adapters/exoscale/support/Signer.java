package io.openipam.adapters.exoscale.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request as Exoscale's clients do (spec §5.2), written from the spec and not from the
 * server's code: {@code <METHOD> <path>\n<body>\n<query values>\n\n<expires>}, HMAC-SHA256 with
 * the secret, Base64.
 */
public final class Signer {

  private Signer() {}

  public static String authorization(String key, String secret, String method, String path, String body,
      List<String> signedNames, String queryValues, long expires) {
    return authorization(key, secret, method, path, body.getBytes(StandardCharsets.UTF_8), signedNames, queryValues,
        Long.toString(expires));
  }

  /** Over a body of any bytes (even invalid UTF-8) and {@code expires} as any text. */
  public static String authorization(String key, String secret, String method, String path, byte[] body,
      List<String> signedNames, String queryValues, String expires) {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    message.writeBytes((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
    message.writeBytes(body);
    message.writeBytes(("\n" + queryValues + "\n\n" + expires).getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String signature = Base64.getEncoder().encodeToString(mac.doFinal(message.toByteArray()));
      return "EXO2-HMAC-SHA256 credential=" + key
          + (signedNames.isEmpty() ? "" : ",signed-query-args=" + String.join(";", signedNames))
          + ",expires=" + expires + ",signature=" + signature;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
