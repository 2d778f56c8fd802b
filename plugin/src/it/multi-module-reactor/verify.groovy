def log = new File(basedir, 'build.log').text
def count = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }
// each module checked once, the parent's scan stops at its modules
assert count('--- keepalive-lint-maven-plugin:') == 4
assert count('[ERROR] locks/src/main/java/com/acme/Locks.java:6:35 ping-without-calls') == 1
assert count('[WARNING] gateway/src/main/java/com/acme/Gateway.java:8:74 keepalive-below-client-minimum') == 1
assert count('keepalive-lint: 0 errors, 0 warnings, 0 notes; 1 files scanned, 0 parsed') == 1 : 'catalog pings every 10 minutes'
// one reactor summary at the end, with every module
assert count('keepalive-lint reactor summary: 4 modules, 2 errors, 1 warning, 0 notes') == 1
assert log.contains('  com.acme.it:locks: 1 error, 0 warnings, 0 notes')
assert log.contains('  com.acme.it:reactor-parent: 0 errors')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/keepalive-lint-reactor.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.contains('locks/src/main/java/com/acme/Locks.java')
assert uris.contains('gateway/src/main/java/com/acme/Gateway.java')
assert uris.size() == 3
