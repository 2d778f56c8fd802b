def log = new File(basedir, 'build.log').text
// the Cortex StatefulSet fails on its args line, the etcd StatefulSet is named as the server, the fix is a flag
assert log.contains('[ERROR] deploy/cortex/ingester.yaml:[15,15] ping-without-calls: Cortex etcd client ingester.lifecycler.ring.kvstore (flags of deploy/cortex/ingester.yaml) (cortex-etcd-kv 1.18.1) pings idle connections')
assert log.contains('because it connects to etcd.storage.svc.cluster.local:2379, a name of the etcd StatefulSet etcd container etcd at deploy/etcd/etcd.yaml:')
assert log.contains('Fix: Write -etcd.ping-without-stream-allowed=false so the client stops pinging while no call is active.')
// the same StatefulSet with the flag false, and the config file's ring with the key false, pass
assert !log.contains('deploy/cortex-fixed/querier.yaml')
assert !log.contains('deploy/cortex/cortex.yaml')
// Loki in Helm values gets the dskit model: no key to write, the real options
assert log.contains('[ERROR] deploy/loki/values.yaml:[6,11] ping-without-calls: Mimir/Loki etcd client (grafana dskit) ingester.lifecycler.ring.kvstore pings idle connections')
assert log.contains('Mimir and Loki use grafana dskit\'s etcd client, which always pings idle connections: no setting turns that off. The options are a ring kvstore other than etcd (memberlist, the default, or consul), or Cortex 1.18.0 or later')
assert log.contains('BUILD FAILURE')
// a plain file the <products> option names as Loki's is read with the dskit model, not as Cortex
assert log.contains('[ERROR] deploy/loki/ring.yaml:[5,7] ping-without-calls: Mimir/Loki etcd client (grafana dskit) ingester.lifecycler.ring.kvstore pings idle connections')
