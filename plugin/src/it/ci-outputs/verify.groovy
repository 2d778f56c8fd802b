import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// GitHub annotations start their line; the module is the repository root here
assert log.readLines().any { it.startsWith('::error file=src/main/java/com/acme/locks/LockService.java,line=8,col=35,endLine=8,title=keepalive-lint ping-without-calls::jetcd client') }
assert !log.contains('::error file=src/main/java/com/acme/locks/Elections.java') : 'accepted in the baseline'
// the baseline and the inline suppression are counted, and listed on request
assert log.contains('baseline') && log.contains('accounts for 1 of 2 findings')
assert log.contains('keepalive-lint: 1 error, 0 warnings, 0 notes (2 suppressed)')
assert log.contains('suppressed: src/main/resources/application.yml:7:7 ping-without-calls')
assert log.contains('suppressed: src/main/java/com/acme/locks/Elections.java:7:35 ping-without-calls')
// every report format
def target = new File(basedir, 'target')
def sarif = new JsonSlurper().parse(new File(target, 'keepalive-lint.sarif'))
assert sarif.runs[0].results.size() == 1
assert sarif.runs[0].results[0].partialFingerprints['keepaliveLint/v1'] ==~ /[0-9a-f]{32}/
def checkstyle = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
    .parse(new File(target, 'keepalive-lint-checkstyle.xml'))
def files = checkstyle.getElementsByTagName('file')
assert files.length == 1
assert files.item(0).getAttribute('name') == 'src/main/java/com/acme/locks/LockService.java'
assert checkstyle.getElementsByTagName('error').item(0).getAttribute('source') == 'keepalive-lint.ping-without-calls'
def gitlab = new JsonSlurper().parse(new File(target, 'keepalive-lint-gitlab.json'))
assert gitlab.size() == 1 && gitlab[0].check_name == 'ping-without-calls' && gitlab[0].severity == 'critical'
def json = new JsonSlurper().parse(new File(target, 'keepalive-lint.json'))
assert json.summary.errors == 1 && json.summary.suppressed == 2
