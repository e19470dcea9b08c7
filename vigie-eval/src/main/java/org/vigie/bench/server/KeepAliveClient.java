package org.vigie.bench.server;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load test's HTTP client: one keep-alive HTTP/1.1 connection, GET only, read on the calling
 * thread (wrk's way). The JDK's HttpClient hands each exchange to its selector and executor threads
 * and cost about a fifth of the test's CPU on the same two cores as the server, so the closed loop
 * measured the client as much as the server. It reads each answer in full (Content-Length or
 * chunked) and reconnects when the server closes; a header block past {@value #MAX_HEADER} bytes, a
 * body past {@value #MAX_BODY} or a silent server ({@code timeoutMillis}) is an IOException. One
 * thread at a time.
 */
final class KeepAliveClient implements AutoCloseable {
  static final int MAX_HEADER = 64 * 1024;
  static final int MAX_BODY = 64 * 1024 * 1024;

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  KeepAliveClient(String host, int port, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /** The status of {@code GET path}, its body read in full and dropped. */
  int get(String path) throws IOException {
    if (socket == null) {
      connect();
    }
    try {
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readResponse();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.connect(new InetSocketAddress(host, port), timeoutMillis);
    s.setSoTimeout(timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
    out = s.getOutputStream();
  }

  private int readResponse() throws IOException {
    String status = line();
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closes = parts[0].equals("HTTP/1.0");
    int headerBytes = status.length();
    for (String h = line(); !h.isEmpty(); h = line()) {
      headerBytes += h.length();
      if (headerBytes > MAX_HEADER) {
        throw new IOException("response headers longer than " + MAX_HEADER + " bytes");
      }
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closes = value.contains("close");
        default -> {}
      }
    }
    if (chunked) {
      long total = 0;
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        total += size;
        if (total > MAX_BODY) {
          throw new IOException("response body longer than " + MAX_BODY + " bytes");
        }
        skip(size);
        line(); // the CRLF after the chunk
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers are read and dropped
      }
    } else if (length >= 0) {
      if (length > MAX_BODY) {
        throw new IOException("response body longer than " + MAX_BODY + " bytes");
      }
      skip(length);
    } else {
      closes = true; // the body runs to the end of the connection
      skip(MAX_BODY);
    }
    if (closes) {
      close();
    }
    return code;
  }

  private long chunkSize() throws IOException {
    String line = line();
    int semicolon = line.indexOf(';');
    return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          if (n == MAX_BODY) {
            return; // a body without a length ends with the connection
          }
          throw new EOFException("connection closed in a response body");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  /** One header line without its CRLF, in ASCII. */
  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed in a response header");
      }
      if (s.length() > MAX_HEADER) {
        throw new IOException("response header line longer than " + MAX_HEADER + " bytes");
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing a broken connection: the next request opens a new one
      }
      socket = null;
    }
  }
}
