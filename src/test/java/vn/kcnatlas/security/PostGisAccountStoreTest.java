package vn.kcnatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import vn.kcnatlas.support.RequiresPostGis;
import vn.kcnatlas.support.TestDatabases;
import vn.kcnatlas.web.ApiException;

/** The account store on PostGIS, where separate connections let two admins act at once. */
@RequiresPostGis
class PostGisAccountStoreTest extends AccountStoreContract {

    @Override
    protected DataSource freshDatabase() {
        return TestDatabases.postgis();
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
        for (int round = 0; round < 5; round++) {
            accounts.create(new NewAccount("left-" + round, "left-password", Set.of(Role.ADMIN), true));
            accounts.create(new NewAccount("right-" + round, "right-password", Set.of(Role.ADMIN), true));
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Boolean>> demotions = new ArrayList<>();
            for (String name : List.of("left-" + round, "right-" + round)) {
                demotions.add(CompletableFuture.supplyAsync(() -> demote(name, together)));
            }

            long succeeded = demotions.stream().filter(CompletableFuture::join).count();

            assertThat(succeeded).as("round " + round).isEqualTo(1);
            assertThat(accounts.list().stream().filter(Account::isEnabledAdmin).count()).isEqualTo(1);
            jdbc.sql("DELETE FROM app_user").update();
        }
    }

    private boolean demote(String name, CyclicBarrier together) {
        try {
            together.await();
            accounts.update(name, new AccountPatch(Optional.empty(), Optional.of(Set.of(Role.PLANNER)), Optional.empty()));
            return true;
        } catch (ApiException lastAdmin) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
