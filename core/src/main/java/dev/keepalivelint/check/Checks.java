package dev.keepalivelint.check;

import java.util.List;

/** Every check the linter runs, in the order their findings are listed. */
public final class Checks {
    private Checks() {
    }

    public static List<Check> all() {
        return List.of(new PingWithoutCallsCheck(), new KeepaliveBelowPermitTimeCheck(),
            new KeepaliveBelowClientMinimumCheck(), new ClientVersionDefectCheck(), new SettingNotAppliedCheck(), new UnresolvedValueCheck(),
            new UnreadableInputCheck());
    }
}
