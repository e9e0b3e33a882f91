package org.civicportal.standalone;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP/1.1 exchange over a plain socket, for requests {@code java.net.http} refuses to send
 * (bad bytes, lying Content-Length, bad request lines): sends exactly the given bytes, closes the
 * sending side, and reads one complete response by its framing (Content-Length, chunked, or up to
 * the server's close). A response cut short is an {@link IOException}: the server dropped the
 * connection.
 */
final class RawHttp {
  private static final int TIMEOUT_MILLIS = 20_000;

  private RawHttp() {}

  record Response(int status, List<String> headers, byte[] body) {
    /** The first value of a header, or null. */
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      for (String h : headers) {
        if (h.toLowerCase(Locale.ROOT).startsWith(prefix)) {
          return h.substring(prefix.length()).trim();
        }
      }
      return null;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * The exchange from {@code localAddress} (any address of the loopback network), or from 127.0.0.1
   * when null.
   */
  static Response exchange(int port, byte[] request, String localAddress) throws IOException {
    try (Socket socket = new Socket()) {
      if (localAddress != null) {
        socket.bind(new InetSocketAddress(localAddress, 0));
      }
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer and stop reading before the whole request is sent: read what it
        // said.
      }
      InputStream in = socket.getInputStream();
      Response response;
      do {
        response = read(in);
      } while (response.status() >= 100 && response.status() < 200);
      return response;
    }
  }

  private static Response read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (!statusLine.matches("HTTP/1\\.[01] [0-9]{3}( .*)?")) {
      throw new IOException("not an HTTP status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    List<String> headers = new ArrayList<>();
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      headers.add(h);
    }
    Response head = new Response(status, headers, new byte[0]);
    if (status < 200 || status == 204 || status == 304) {
      return head;
    }
    String length = head.header("Content-Length");
    String encoding = head.header("Transfer-Encoding");
    byte[] body;
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = chunked(in);
    } else if (length != null) {
      body = exactly(in, Integer.parseInt(length));
    } else {
      body = in.readAllBytes();
    }
    return new Response(status, headers, body);
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int semicolon = size.indexOf(';');
      int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (n == 0) {
        while (!line(in).isEmpty()) {
          // Trailers carry nothing this client needs.
        }
        return body.toByteArray();
      }
      body.write(exactly(in, n));
      if (!line(in).isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException("body cut short after " + b.length + " of " + n + " bytes");
    }
    return b;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c == -1) {
        throw new EOFException("connection closed mid-response");
      }
      line.write(c);
    }
    String s = line.toString(StandardCharsets.ISO_8859_1);
    if (!s.endsWith("\r")) {
      throw new IOException("line not ended by CRLF: " + s);
    }
    return s.substring(0, s.length() - 1);
  }
}
