def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/com/acme/orders/Channels.java:19:14 keepalive-below-permit-time: grpc-java channel ManagedChannelBuilder.forTarget() pings more often than its server accepts: keepAliveTime 6m')
assert log.contains("which matches the server 'ledger' declared at pom.xml <servers><server> 'ledger' (grpc-go server, permitKeepAliveTime 10m)")
assert !log.contains('Channels.java:12:')  : 'the inventory channel meets its declared server, which permits it'
assert log.contains('keepalive-lint: 1 error, 0 warnings, 0 notes')
