package org.propertydesk.adapters.jdbc.firstcontact;

import java.util.ArrayList;
import java.util.List;
import org.propertydesk.adapters.jdbc.PropertyDeskJdbc;
import org.propertydesk.adapters.jdbc.kernel.TestDatabase;

/** Fresh, migrated databases of one kind for a test; {@link #dropAll()} drops them afterwards. */
final class Migrated {

    private final TestDatabase database;
    private final List<TestDatabase.Fresh> opened = new ArrayList<>();

    Migrated(TestDatabase database) {
        this.database = database;
    }

    PropertyDeskJdbc database() {
        TestDatabase.Fresh fresh = database.fresh();
        opened.add(fresh);
        return PropertyDeskJdbc.on(fresh.dataSource()).migrate();
    }

    void dropAll() {
        opened.forEach(TestDatabase.Fresh::close);
        opened.clear();
    }
}
