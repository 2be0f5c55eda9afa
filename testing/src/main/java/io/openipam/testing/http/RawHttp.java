package io.openipam.testing.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket, one request per connection: sends exactly the bytes it is given
 * (any method, any request target, header values a well-behaved client refuses to send, bodies
 * with or without a length), and reads back whatever the server answers. For the requests
 * an HTTP client cannot make.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 10_000;

  private final String host;
  private final int port;

  public RawHttp(URL server) {
    this.host = server.getHost();
    this.port = server.getPort();
  }

  /** The value a {@code Host} header names this server by. */
  public String authority() {
    return host + ":" + port;
  }

  /** A header as raw bytes: a value may hold anything, even CR, LF or NUL. */
  public record Header(String name, byte[] value) {

    public static Header of(String name, String value) {
      return new Header(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What came back: a status, headers (names in lower case), the body (chunked framing removed). */
  public record Response(int status, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String text = text();
      return status + " " + headers + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
  }

  /**
   * Sends {@code method target HTTP/1.1}, a {@code Host} header (unless {@code headers} has one),
   * {@code headers}, {@code Connection: close}, and the body: with a {@code Content-Length}, or
   * chunked when {@code chunked}. The body is written while the answer is read, so a server that
   * answers before reading it all (413) is heard.
   */
  public Response send(String method, String target, List<Header> headers, byte[] body, boolean chunked) {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    write(head, method + " " + target + " HTTP/1.1\r\n");
    if (headers.stream().noneMatch(header -> header.name().equalsIgnoreCase("Host"))) {
      write(head, "Host: " + authority() + "\r\n");
    }
    for (Header header : headers) {
      write(head, header.name() + ": ");
      head.writeBytes(header.value());
      write(head, "\r\n");
    }
    if (body != null && chunked) {
      write(head, "Transfer-Encoding: chunked\r\n");
    } else if (body != null) {
      write(head, "Content-Length: " + body.length + "\r\n");
    }
    write(head, "Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(head.toByteArray());
      out.flush();
      Thread writer = body == null ? null : Thread.ofVirtual().start(() -> writeBody(out, body, chunked));
      byte[] answer = readAll(socket.getInputStream());
      if (writer != null) {
        writer.join(TIMEOUT_MILLIS);
      }
      return parse(answer);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + abbreviated(target) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void writeBody(OutputStream out, byte[] body, boolean chunked) {
    try {
      if (!chunked) {
        out.write(body);
      } else {
        for (int from = 0; from < body.length; from += 8192) {
          int length = Math.min(8192, body.length - from);
          out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, from, length);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException answeredEarly) {
      // The server may answer (413) and close before taking the whole body: its answer counts.
    }
  }

  /** Reads to the end of the stream, or of the first response if the server keeps the line open. */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (true) {
      int read;
      try {
        read = in.read(buffer);
      } catch (IOException reset) {
        if (answer.size() > 0) {
          break; // a reset after the answer arrived (the server closed with our body unread)
        }
        throw reset;
      }
      if (read < 0) {
        break;
      }
      answer.write(buffer, 0, read);
      if (complete(answer.toByteArray())) {
        break;
      }
    }
    return answer.toByteArray();
  }

  private static boolean complete(byte[] answer) {
    int end = headEnd(answer);
    if (end < 0) {
      return false;
    }
    String head = new String(answer, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String line : head.split("\r\n")) {
      if (line.startsWith("content-length:")) {
        return answer.length - end - 4 >= Long.parseLong(line.substring(15).strip());
      }
    }
    return false;
  }

  private static Response parse(byte[] answer) {
    int end = headEnd(answer);
    if (end < 0) {
      throw new IllegalStateException("no HTTP response head in: " + new String(answer, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = Arrays.copyOfRange(answer, end + 4, answer.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    if (encoding.stream().anyMatch(value -> value.equalsIgnoreCase("chunked"))) {
      body = unchunked(body);
    }
    List<String> length = headers.getOrDefault("content-length", List.of());
    if (!length.isEmpty() && body.length > Integer.parseInt(length.getFirst())) {
      body = Arrays.copyOf(body, Integer.parseInt(length.getFirst()));
    }
    return new Response(status, headers, body);
  }

  private static byte[] unchunked(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int headEnd(byte[] answer) {
    return indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
  }

  private static int indexOf(byte[] data, byte[] sought, int from) {
    outer:
    for (int i = from; i <= data.length - sought.length; i++) {
      for (int j = 0; j < sought.length; j++) {
        if (data[i + j] != sought[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviated(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
