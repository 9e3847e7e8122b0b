package vn.kcnatlas.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gets the connection pool going again as soon as the database is back. After a database outage HikariCP
 * has no connection left, and its one connection adder retries with a backoff that doubles up to 5 s, so
 * the first connection could come up to 5 s after the database did, and the requests waiting for it time
 * out meanwhile. While the pool is empty and requests wait, this interrupts the adder every 250 ms, which
 * ends its backoff (HikariCP stops an interrupted adder), so that the next one tries at once: a refused
 * connection attempt a few times a second during an outage, and connections within a moment of the
 * database's return.
 */
@Component
class PoolRecovery implements BeanPostProcessor {

    /** The pool's own threads, made by the factory given to it, as they run: the adder among them. */
    private final Set<Thread> poolThreads = ConcurrentHashMap.newKeySet();
    private volatile HikariDataSource pool;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getThreadFactory() == null) {
            hikari.setThreadFactory(factory(hikari.getPoolName()));
            pool = hikari;
        }
        return bean;
    }

    private ThreadFactory factory(String poolName) {
        return task -> Thread.ofPlatform().daemon().name("kcn-pool-" + (poolName == null ? "" : poolName + "-"), 0)
                .unstarted(() -> {
                    poolThreads.add(Thread.currentThread());
                    try {
                        task.run();
                    } finally {
                        poolThreads.remove(Thread.currentThread());
                    }
                });
    }

    @Scheduled(fixedDelay = 250)
    void wakeTheAdderOfAnEmptyPool() {
        HikariPoolMXBean state = pool == null ? null : pool.getHikariPoolMXBean();
        if (state != null && state.getTotalConnections() == 0 && state.getThreadsAwaitingConnection() > 0) {
            poolThreads.forEach(Thread::interrupt);
        }
    }
}
