package io.locutor.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An ElevenLabs that never answers: it accepts connections and reads each request's first line, and writes nothing
 * back, so a client waits until its own read timeout ends the call. Keeps the request lines it read.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket socket) {
        this.socket = socket;
    }

    public static SilentServer start() {
        try {
            SilentServer server = new SilentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread acceptor = new Thread(server::accept, "silent-server-" + server.socket.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept(); // kept open, never written to
                held.add(connection);
                Thread reader = new Thread(() -> readRequestLine(connection), "silent-server-reader");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void readRequestLine(Socket connection) {
        try {
            String line = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            if (line != null) {
                requests.add(line);
            }
        } catch (IOException closed) {
            // the client gave up: nothing more to record
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Request lines received so far whose path starts with this prefix ({@code POST /v1/text-to-speech/...}). */
    public long requests(String method, String pathPrefix) {
        return requests.stream().filter(line -> line.startsWith(method + " " + pathPrefix)).count();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
