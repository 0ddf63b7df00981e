package org.propertydesk.benchmarks.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts what its callers ask of the database: connections borrowed, statements
 * prepared (each executed once by the adapter and the baseline alike) and commits. Used apart from
 * the timed measurements, to say where the time goes: a database round trip costs far more than
 * the Java around it.
 */
final class Counting {

    final AtomicLong connections = new AtomicLong();
    final AtomicLong statements = new AtomicLong();
    final AtomicLong commits = new AtomicLong();

    /** Counts per operation over {@code operations} operations. */
    record PerOperation(double connections, double statements, double commits) {}

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forward(target, (method, result) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        Connection connection = (Connection) result;
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                forward(connection, (called, returned) -> {
                                    String name = called.getName();
                                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                                        statements.incrementAndGet();
                                    } else if (name.equals("commit")) {
                                        commits.incrementAndGet();
                                    }
                                    return returned;
                                }));
                    }
                    return result;
                }));
    }

    PerOperation per(long operations) {
        return new PerOperation(connections.get() / (double) operations, statements.get() / (double) operations,
                commits.get() / (double) operations);
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
