package io.openipam.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The leanest HTTP/1.1 client that still speaks the protocol: one kept-alive connection, a
 * request written in one piece, the answer read by its Content-Length. The server shares the
 * machine's cores with its clients, so a client that costs little CPU leaves the figures to the
 * server (java.net.http spends more per request than the route being measured). One per thread.
 */
final class KeepAliveClient implements AutoCloseable {

  /** A status and the body as text. */
  record Answer(int status, String body) {}

  private final URI server;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  KeepAliveClient(URI server) {
    this.server = server;
  }

  Answer post(String path, String body, String token) throws IOException {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String head = "POST " + path + " HTTP/1.1\r\n"
        + "Host: " + server.getHost() + ":" + server.getPort() + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Accept: application/json\r\n"
        + "X-Auth-Token: " + token + "\r\n"
        + "Content-Length: " + payload.length + "\r\n\r\n";
    if (socket == null) {
      connect();
    }
    ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + payload.length);
    request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    request.writeBytes(payload);
    out.write(request.toByteArray());
    out.flush();
    return read();
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
    socket.setSoTimeout(60_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  private Answer read() throws IOException {
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = -1;
    boolean close = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).trim());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length in the answer to a kept-alive request (status " + status + ")");
    }
    byte[] body = in.readNBytes(length);
    if (close) {
      close();
    }
    return new Answer(status, new String(body, StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed mid-answer");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }
}
