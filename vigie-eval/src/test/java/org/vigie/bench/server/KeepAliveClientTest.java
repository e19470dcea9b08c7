package org.vigie.bench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The load test's client reads each kind of answer in full, keeps its connection between requests
 * and opens a new one when the server closes it.
 */
class KeepAliveClientTest {
  private static final List<String> ANSWERS =
      List.of(
          "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nbonjo",
          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nvigi\r\n1;x=y\r\ne\r\n0\r\n\r\n",
          "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
          "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

  @Test
  void readsLengthsAndChunksAndReconnectsAfterAClose() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> answer(server, connections));
      answering.setDaemon(true);
      answering.start();
      try (KeepAliveClient client =
          new KeepAliveClient("127.0.0.1", server.getLocalPort(), 5_000)) {
        assertEquals(200, client.get("/un"));
        assertEquals(200, client.get("/deux"));
        assertEquals(404, client.get("/trois"));
        assertEquals(200, client.get("/quatre"));
      }
      answering.join(5_000);
    }
    assertEquals(2, connections.get(), "the close after the 404 made a second connection");
  }

  @Test
  void aServerThatAnswersNoHttpIsAnError() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                try (Socket s = server.accept()) {
                  s.getOutputStream().write("SSH-2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                  // the test has ended
                }
              });
      answering.setDaemon(true);
      answering.start();
      try (KeepAliveClient client =
          new KeepAliveClient("127.0.0.1", server.getLocalPort(), 5_000)) {
        assertThrows(IOException.class, () -> client.get("/"));
      }
    }
  }

  /** Answers the requests in turn, over as many connections as the client opens. */
  private static void answer(ServerSocket server, AtomicInteger connections) {
    int next = 0;
    while (next < ANSWERS.size()) {
      try (Socket s = server.accept()) {
        connections.incrementAndGet();
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        while (next < ANSWERS.size()) {
          for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // the request's head, read and dropped
          }
          String answer = ANSWERS.get(next++);
          out.write(answer.getBytes(StandardCharsets.US_ASCII));
          out.flush();
          if (answer.contains("Connection: close")) {
            break;
          }
        }
      } catch (IOException e) {
        return;
      }
    }
  }
}
