def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/application.yml:9:7 keepalive-below-permit-time: grpc-spring channel grpc.client.inventory pings more often than its server accepts: keepAliveTime 20s')
assert log.contains('[ERROR] src/main/resources/application.yml:10:7 ping-without-calls: grpc-spring channel grpc.client.inventory pings idle connections')
assert log.contains("the project's grpc-spring version is unknown")
assert log.contains('keepalive-lint: 2 errors, 0 warnings, 0 notes; 2 files scanned, 1 parsed') : 'application.yml parsed; invoker.properties read but holds no trigger'
assert log.contains('BUILD FAILURE')
