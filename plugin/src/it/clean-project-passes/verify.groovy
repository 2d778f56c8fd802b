def log = new File(basedir, 'build.log').text
assert log.contains('keepalive-lint: 0 errors, 0 warnings, 0 notes; 1 files scanned, 1 parsed')
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/keepalive-lint.sarif'))
assert sarif.runs[0].results.isEmpty()
