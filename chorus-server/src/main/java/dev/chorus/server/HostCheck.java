package dev.chorus.server;

import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Refuses a request whose {@code Host} is not a name of this server: {@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, the bound address (every address of the machine when bound to all of them) or a host the user
 * allowed, each with the server's port. A web page can point its own name at 127.0.0.1 (DNS rebinding) and then
 * read a loopback server as if it were its own site; its requests still carry its name, and are answered 421 here.
 * Logged once per server (a page may retry many times), with what to do when the name is legitimate.
 */
final class HostCheck {
  private final Set<String> names;
  private final int port;
  private final PrintStream log;
  private final AtomicBoolean logged = new AtomicBoolean();

  HostCheck(Set<String> names, int port, PrintStream log) {
    this.names = Collections.unmodifiableSet(new LinkedHashSet<>(names)); // in order, for the message
    this.port = port;
    this.log = log;
  }

  /** The names of a server bound to {@code bind}, listening on {@code port}. */
  static HostCheck of(String bind, int port, List<String> allowedHosts, PrintStream log) {
    Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
    names.addAll(allowedHosts);
    try {
      InetAddress bound = InetAddress.getByName(bind);
      names.add(literal(bound));
      if (bound.isAnyLocalAddress()) {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
          nic.inetAddresses().forEach(a -> names.add(literal(a)));
        }
      }
    } catch (UnknownHostException | SocketException e) {
      // the loopback names and the allowed hosts remain; the server started on this address, so this is unlikely
    }
    return new HostCheck(names, port, log);
  }

  /** An address as a browser writes it in a URL: IPv6 in brackets, without a zone. */
  private static String literal(InetAddress a) {
    String s = a.getHostAddress().toLowerCase(Locale.ROOT);
    if (a instanceof Inet6Address) {
      int zone = s.indexOf('%');
      return "[" + (zone < 0 ? s : s.substring(0, zone)) + "]";
    }
    return s;
  }

  Set<String> names() {
    return names;
  }

  /** Throws a 421 unless {@code host} (the request's Host header) names this server. */
  void check(String host) {
    if (allowed(host)) {
      return;
    }
    String shown = host == null ? "(none)" : "'" + (host.length() > 100 ? host.substring(0, 100) + "..." : host) + "'";
    if (logged.compareAndSet(false, true)) {
      log.println("chorus serve: refused a request for Host " + shown + " (allowed: " + String.join(", ", names)
          + ", with port " + port + "); a web page may be trying to read this server under its own name (DNS "
          + "rebinding). If that name is yours, start with --allow-host NAME. Further refusals are not logged.");
    }
    throw new ApiException(421, "this server answers only to " + String.join(", ", names) + " on port " + port
        + ", not Host " + shown + " (a page under another name may not read it); open http://localhost:" + port
        + "/ or start the server with --allow-host NAME", "Host");
  }

  boolean allowed(String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String h = host.trim().toLowerCase(Locale.ROOT);
    String name;
    String rest;
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      if (end < 0) {
        return false;
      }
      name = h.substring(0, end + 1);
      rest = h.substring(end + 1);
    } else {
      int colon = h.indexOf(':');
      if (colon != h.lastIndexOf(':')) {
        return false; // an IPv6 address without brackets is not a Host
      }
      name = colon < 0 ? h : h.substring(0, colon);
      rest = colon < 0 ? "" : h.substring(colon);
    }
    boolean portOk = rest.isEmpty() ? port == 80 : rest.equals(":" + port);
    return portOk && names.contains(name);
  }
}
