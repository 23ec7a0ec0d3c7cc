package dev.ladder.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the app and PostgreSQL that the test controls, so that the database can "go
 * down" for one app without touching the PostgreSQL server other tests share. Plain sockets, a
 * thread per direction of each connection.
 */
final class DatabaseProxy implements AutoCloseable {
    /** How PostgreSQL is gone. */
    enum Outage {
        /** The server is down: live connections are reset and new ones refused at once. */
        REFUSED,
        /**
         * The network drops every packet: connections stay open but nothing arrives, so a
         * connection attempt or a query waits for whatever timeout the client has.
         */
        BLACKHOLE
    }

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile ServerSocket listener;
    private volatile Outage outage;

    private DatabaseProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    /** A proxy on a free local port to the host and port of {@code jdbcUrl}, working until cut. */
    static DatabaseProxy to(String jdbcUrl) throws IOException {
        URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return new DatabaseProxy(new InetSocketAddress(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort()));
    }

    /** {@code jdbcUrl} with its host and port replaced by the proxy's. */
    String route(String jdbcUrl) {
        URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    void cut(Outage how) throws IOException {
        synchronized (gate) {
            outage = how;
        }
        if (how == Outage.REFUSED) {
            listener.close();
            for (Socket socket : open) {
                closeQuietly(socket);
            }
        }
    }

    void restore() throws IOException {
        Outage was;
        synchronized (gate) {
            was = outage;
            outage = null;
            gate.notifyAll();
        }
        if (was == Outage.REFUSED) {
            listener = listen(port);
            acceptOn(listener);
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        // The same port again right after closing it: the app's JDBC URL names it.
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void acceptOn(ServerSocket server) {
        daemon("db-proxy-accept", () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    open.add(client);
                    daemon("db-proxy-connect", () -> connect(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** In a blackhole the client's connection is accepted but nothing reaches PostgreSQL until restored. */
    private void connect(Socket client) {
        try {
            awaitPassage();
            Socket server = new Socket();
            open.add(server);
            server.connect(upstream, 2_000);
            pump(client, server);
            pump(server, client);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("db-proxy-pump", () -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    awaitPassage();
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one side closed or the outage reset it: the other side goes too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    /** Holds bytes while packets are "dropped"; a refused outage has closed the sockets instead. */
    private void awaitPassage() throws InterruptedException, IOException {
        synchronized (gate) {
            while (outage == Outage.BLACKHOLE) {
                gate.wait();
            }
            if (outage == Outage.REFUSED) {
                throw new IOException("the database is down");
            }
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        cut(Outage.REFUSED);
        synchronized (gate) {
            gate.notifyAll();
        }
    }
}
