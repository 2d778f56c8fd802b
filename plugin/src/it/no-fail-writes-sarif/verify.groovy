def log = new File(basedir, 'build.log').text
assert log.contains('ping-without-calls')
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/keepalive-lint.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'ping-without-calls'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/acme/locks/LockService.java'
assert results[0].locations[0].physicalLocation.region.startLine == 8
assert sarif.runs[0].tool.driver.rules*.id.contains('keepalive-below-permit-time')
