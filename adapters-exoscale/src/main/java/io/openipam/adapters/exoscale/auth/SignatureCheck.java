package io.openipam.adapters.exoscale.auth;

import io.openipam.adapters.exoscale.ExoscaleSettings;
import io.openipam.application.port.in.AuthenticateCaller;
import io.openipam.domain.error.IpamException;
import io.openipam.domain.tenant.Credential;
import io.openipam.domain.tenant.Principal;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies an EXO2-HMAC-SHA256 signature (spec §5) so that every real signer passes: Go and
 * Python ({@code expires} = now + 600 s, signed query arguments) and the Java SDK
 * ({@code expires} = now, query unsigned). Unsigned query arguments are accepted and simply not
 * authenticated. There is no nonce: Go clients retry the identical signed request.
 *
 * <p>Whatever fails (unknown key, bad signature, expiry) takes the same path: the HMAC is always
 * computed and compared in constant time, and the outcome is one answer, so timing tells an
 * attacker nothing about which part was wrong.
 */
@Singleton
public class SignatureCheck {

  /** Stands in for the secret of an unknown key, so that the work done is the same. */
  private static final byte[] NO_SECRET = new byte[43];

  /** What a signed request is, as received. */
  public record SignedRequest(String authorization, String method, String rawPath, String rawQuery, byte[] body) {}

  private final AuthenticateCaller authenticate;
  private final Clock clock;
  private final Duration leeway;
  private final Duration maxFuture;

  public SignatureCheck(AuthenticateCaller authenticate, Clock clock, ExoscaleSettings settings) {
    this.authenticate = authenticate;
    this.clock = clock;
    this.leeway = settings.signatureLeeway();
    this.maxFuture = settings.signatureMaxFuture();
  }

  /** The principal the request was signed for, or empty. */
  public Optional<Principal> verify(SignedRequest request) {
    Optional<SignatureHeader> parsed = SignatureHeader.parse(request.authorization());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    SignatureHeader header = parsed.get();
    Optional<Credential> credential = credential(header.credential());
    byte[] secret = credential.map(found -> found.secret().getBytes(StandardCharsets.UTF_8)).orElse(NO_SECRET);
    byte[] expected = hmac(secret, SignedMessage.of(request.method(), request.rawPath(), request.body(),
        header.signedQueryArgs(), request.rawQuery(), header.expires()));
    boolean signed = MessageDigest.isEqual(expected, decoded(header.signature()));
    boolean inTime = inTime(header.expires());
    return signed & inTime & credential.isPresent() ? credential.map(Credential::principal) : Optional.empty();
  }

  /** The credential of a key; a key the directory cannot even read (odd characters) is an unknown one. */
  private Optional<Credential> credential(String key) {
    try {
      return authenticate.byKey(key).filter(found -> found.secret() != null && !found.secret().isEmpty());
    } catch (IpamException unreadable) {
      return Optional.empty();
    }
  }

  /** {@code now <= expires + leeway} and {@code expires <= now + maxFuture}. */
  private boolean inTime(String expires) {
    if (expires.isEmpty() || expires.length() > 18 || !expires.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    long at = Long.parseLong(expires);
    long now = clock.instant().getEpochSecond();
    return now <= at + leeway.toSeconds() && at <= now + maxFuture.toSeconds();
  }

  private static byte[] decoded(String signature) {
    try {
      return Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException notBase64) {
      return new byte[0];
    }
  }

  static byte[] hmac(byte[] secret, byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
