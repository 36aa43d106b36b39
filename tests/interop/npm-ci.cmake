# Installs the interop tests' npm packages into the build tree, exactly as package-lock.json pins
# them, when that lock file changed since the last install (a stamp holds its hash).
# cmake -DNPM=npm -DSOURCE=tests/interop -DPREFIX=build/interop -P npm-ci.cmake
foreach(var NPM SOURCE PREFIX)
  if(NOT ${var})
    message(FATAL_ERROR "npm-ci.cmake: ${var} is not set")
  endif()
endforeach()
file(SHA256 ${SOURCE}/package-lock.json lock_hash)
file(SHA256 ${SOURCE}/package.json package_hash)
set(wanted "${lock_hash} ${package_hash}")
set(stamp ${PREFIX}/npm-ci.stamp)
if(EXISTS ${stamp} AND IS_DIRECTORY ${PREFIX}/node_modules)
  file(READ ${stamp} installed)
  if(installed STREQUAL wanted)
    message(STATUS "interop: node_modules up to date in ${PREFIX} (package-lock.json unchanged)")
    return()
  endif()
endif()
file(MAKE_DIRECTORY ${PREFIX})
file(REMOVE ${stamp})
configure_file(${SOURCE}/package.json ${PREFIX}/package.json COPYONLY)
configure_file(${SOURCE}/package-lock.json ${PREFIX}/package-lock.json COPYONLY)
string(TIMESTAMP start "%s")
# --ignore-scripts: no package needs an install script (protobufjs's only checks versions).
file(REMOVE ${PREFIX}/unreachable.txt)
execute_process(COMMAND ${NPM} ci --prefix ${PREFIX} --no-audit --no-fund --ignore-scripts
                        --loglevel=error
                RESULT_VARIABLE result ERROR_VARIABLE errors)
string(TIMESTAMP end "%s")
math(EXPR took "${end} - ${start}")
if(NOT result EQUAL 0)
  message("${errors}")
  # The registry out of reach (no network, or a TLS-intercepting proxy whose CA npm does not
  # trust): the interop tests say so and are skipped, unless MQTTDECK_INTEROP_REQUIRED is set
  # (.ci/run sets it: CI reaches the registry). Any other failure fails.
  if(errors MATCHES "SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF|CERT_HAS_EXPIRED|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH"
     AND NOT "$ENV{MQTTDECK_INTEROP_REQUIRED}")
    string(REGEX MATCH "npm ERR! code [A-Z_]+|request to [^\n]*" why "${errors}")
    file(WRITE ${PREFIX}/unreachable.txt
         "interop tests skipped: the npm registry could not be reached (${why}). Behind a "
         "TLS-intercepting proxy give npm its CA (npm config set cafile FILE, or "
         "NODE_EXTRA_CA_CERTS); MQTTDECK_INTEROP_REQUIRED=1 makes this a failure.\n")
    message(WARNING "interop: npm ci could not reach the registry after ${took} s: interop tests "
                    "will be skipped (${why})")
    return()
  endif()
  message(FATAL_ERROR "interop: npm ci in ${PREFIX} failed (${result}) after ${took} s")
endif()
file(WRITE ${stamp} "${wanted}")
message(STATUS "interop: npm ci installed the locked packages in ${PREFIX} in ${took} s")
