import http from 'node:http';
import net from 'node:net';

interface Tracked {
  /** Requests on this socket not yet answered. */
  open: number;
  /** Requests answered on it so far (0: a new connection whose request may still be unread). */
  answered: number;
}

/**
 * Graceful stop for an HTTP server: stop accepting connections, answer every request already
 * accepted, then close the sockets. Unlike `server.close()` (which since Node 19 also drops
 * "idle" connections at once) a connection accepted a moment ago, whose request the server has
 * not read yet, still gets its answer; that is what lets a SIGTERM under load fail nothing.
 */
export function drainable(server: http.Server) {
  const sockets = new Map<net.Socket, Tracked>();
  let draining = false;

  server.on('connection', (socket: net.Socket) => {
    sockets.set(socket, { open: 0, answered: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const tracked = sockets.get(req.socket);
    if (!tracked) return;
    tracked.open++;
    // While draining, every answer closes its connection behind it.
    if (draining) res.setHeader('connection', 'close');
    res.once('finish', () => {
      tracked.open--;
      tracked.answered++;
      if (draining && tracked.open === 0) req.socket.end();
    });
  });

  return {
    get draining() {
      return draining;
    },
    /** Resolves when every accepted request is answered (or `graceMs` passed: then cut). */
    async drain(graceMs: number, unreadWaitMs = 1_000): Promise<void> {
      if (draining) return;
      draining = true;
      // Connections already waiting in the listen backlog are accepted (and answered) in the
      // next turns of the event loop; only then does the listener close.
      await new Promise((r) => setTimeout(r, 50));
      // The listener only; the connections are handled below.
      const closed = server.listening
        ? new Promise<void>((r) => net.Server.prototype.close.call(server, () => r()))
        : Promise.resolve();
      const started = Date.now();
      for (;;) {
        const elapsed = Date.now() - started;
        for (const [socket, t] of sockets) {
          if (t.open > 0) continue;
          // Idle keep-alive connections close now; a new one gets a moment to send its request.
          if (t.answered > 0 || elapsed >= unreadWaitMs) socket.end();
        }
        if (sockets.size === 0 || elapsed >= graceMs) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      for (const socket of sockets.keys()) socket.destroy();
      await closed;
    },
  };
}
