package io.anshim.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client over one kept-alive socket, for load generation: the load generator
 * shares the server's cores, so it must cost as little as possible per request. Requests are
 * prepared bytes; a response is read by its Content-Length (or chunks) and only the status and body
 * are kept. Not thread-safe: one per load thread.
 */
final class KeepAliveConnection implements Closeable {

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;
  private final StringBuilder line = new StringBuilder(128);
  private boolean closeAfter;

  int status;
  String body;

  KeepAliveConnection(URI base) {
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
  }

  /** The bytes of a request: method, path (no leading '/'), headers, body (may be empty). */
  static byte[] request(URI base, String method, String path, String headers, String body) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        method
            + " "
            + base.getPath()
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + (base.getPort() < 0 ? "" : ":" + base.getPort())
            + "\r\nAccept: application/json\r\n"
            + headers
            + ("POST".equals(method) || "PUT".equals(method)
                ? "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                : "")
            + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(content, 0, all, headBytes.length, content.length);
    return all;
  }

  /** Sends the request and reads the whole response; reconnects once if the socket was closed. */
  int exchange(byte[] request) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        if (socket == null) {
          connect();
        }
        out.write(request);
        out.flush();
        read();
        if (closeAfter) {
          close();
        }
        return status;
      } catch (IOException e) {
        close();
        if (attempt == 2) {
          throw e;
        }
      }
    }
  }

  private void connect() throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  private void read() throws IOException {
    String statusLine = readLine();
    status = Integer.parseInt(statusLine.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    closeAfter = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon);
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Integer.parseInt(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    if (chunked) {
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      for (int size = Integer.parseInt(readLine().trim(), 16);
          size > 0;
          size = Integer.parseInt(readLine().trim(), 16)) {
        content.write(in.readNBytes(size));
        readLine();
      }
      readLine();
      body = content.toString(StandardCharsets.UTF_8);
    } else if (length >= 0) {
      byte[] content = in.readNBytes(length);
      if (content.length < length) {
        throw new EOFException("response cut short");
      }
      body = new String(content, StandardCharsets.UTF_8);
    } else {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      closeAfter = true;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
