import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def count = { String s -> log.split(java.util.regex.Pattern.quote(s), -1).length - 1 }
// plain fail-fast validate: every module is still checked, the first one with findings does not stop the build
assert count('--- keepalive-lint-maven-plugin:') == 4
assert count('[ERROR] orders/src/main/java/com/acme/orders/Orders.java:7:76 keepalive-below-permit-time') == 1
assert count('[ERROR] services/locks/src/main/java/com/acme/locks/Locks.java:6:35 ping-without-calls') == 1
assert log.contains('keepalive-lint: 1 error in this module; the build fails after the last module')
// the build fails once, at the end, naming both modules
assert count('keepalive-lint reactor summary: 4 modules, 2 errors, 0 warnings, 0 notes') == 1
assert log.contains('keepalive-lint found findings that fail the build in 2 modules: com.acme.ff:orders (1 error), com.acme.ff:locks (1 error)')
assert log.contains('BUILD FAILURE')
// the parent scans neither its modules nor the sibling application with its own build, nor the rules file
assert !log.contains('tools/src/main/resources/application.yml')
assert log.contains('  com.acme.ff:shop: 0 errors, 0 warnings, 0 notes; 1 files scanned') : 'only invoker.properties'
// the reactor reports sit where single-module CI looks, with every finding and repository-relative paths
def target = new File(basedir, 'target')
def sarif = new JsonSlurper().parse(new File(target, 'keepalive-lint.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }.sort()
assert uris == ['orders/src/main/java/com/acme/orders/Orders.java', 'services/locks/src/main/java/com/acme/locks/Locks.java']
assert sarif.runs[0].originalUriBaseIds.PROJECTROOT.uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()
def gitlab = new JsonSlurper().parse(new File(target, 'keepalive-lint-gitlab.json'))
assert gitlab.collect { it.location.path }.sort() == uris
def checkstyle = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(target, 'keepalive-lint-checkstyle.xml'))
def names = (0..<checkstyle.getElementsByTagName('file').length).collect {
    checkstyle.getElementsByTagName('file').item(it).getAttribute('name') }.sort()
assert names == uris
// a module's own report uses repository-relative paths too
def own = new JsonSlurper().parse(new File(basedir, 'services/locks/target/keepalive-lint.sarif'))
assert own.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'services/locks/src/main/java/com/acme/locks/Locks.java'
