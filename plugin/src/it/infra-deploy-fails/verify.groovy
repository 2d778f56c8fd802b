def log = new File(basedir, 'build.log').text
// a finding's line in either console form: file:line:col (compact) or file:[line,col] (verbose)
def line = { String start ->
    def m = (start =~ /^(.*):(\d+):(\d+) (.*)$/)
    def verbose = m ? "${m[0][1]}:[${m[0][2]},${m[0][3]}] ${m[0][4]}" : start
    log.readLines().find { it.contains(start) || it.contains(verbose) } ?: ''
}
// the Cortex StatefulSet fails on its args line, the etcd StatefulSet is named as the server, the fix is a flag
def cortex = line('deploy/cortex/ingester.yaml:15:15 ping-without-calls: ')
assert cortex.contains('Cortex etcd client ingester.lifecycler.ring.kvstore (flags of deploy/cortex/ingester.yaml) (cortex-etcd-kv 1.18.1) pings idle connections') : cortex
assert cortex.contains('Write -etcd.ping-without-stream-allowed=false so the client stops pinging while no call is active.') : cortex
assert log.contains('etcd server, because it connects to etcd.storage.svc.cluster.local:2379, a name of the etcd StatefulSet etcd container etcd at deploy/etcd/etcd.yaml:23')
// the same StatefulSet with the flag false, and the config file's ring with the key false, pass
assert !log.contains('deploy/cortex-fixed/querier.yaml')
assert !log.contains('deploy/cortex/cortex.yaml')
// Loki in Helm values gets the dskit model: no key to write, the real options
def loki = line('deploy/loki/values.yaml:6:11 ping-without-calls: ')
assert loki.contains('Mimir/Loki etcd client (grafana dskit) ingester.lifecycler.ring.kvstore pings idle connections') : loki
assert loki.contains('Mimir and Loki use grafana dskit\'s etcd client, which always pings idle connections: no setting turns that off. The options are a ring kvstore other than etcd (memberlist, the default, or consul), or Cortex 1.18.0 or later') : loki
assert !loki.contains('Write ') : loki
// a plain file the <products> option names as Loki's is read with the dskit model, not as Cortex
assert line('deploy/loki/ring.yaml:5:7 ping-without-calls: ').contains('Mimir/Loki etcd client (grafana dskit) ingester.lifecycler.ring.kvstore pings idle connections')
assert log.contains('keepalive-lint: 3 errors, 0 warnings, 0 notes')
assert log.contains('BUILD FAILURE')
