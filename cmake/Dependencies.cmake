# Finds every package canvass builds on. A missing one stops configure with the
# Debian package that provides it (scripts/install-deps.sh installs them all).

function(canvass_missing what debian_package)
  message(FATAL_ERROR "canvass needs ${what}: install it with `apt-get install ${debian_package}` "
                      "(or run scripts/install-deps.sh)")
endfunction()

find_package(Threads REQUIRED)

find_package(Boost 1.74 QUIET)
if(NOT Boost_FOUND)
  canvass_missing("Boost (Spirit X3 headers)" libboost-dev)
endif()

find_package(ICU QUIET COMPONENTS uc i18n)
if(NOT ICU_FOUND)
  canvass_missing("ICU" libicu-dev)
endif()

find_package(SQLite3 QUIET)
if(NOT SQLite3_FOUND)
  canvass_missing("SQLite 3" libsqlite3-dev)
endif()

find_package(XercesC QUIET)
if(NOT XercesC_FOUND)
  canvass_missing("Apache Xerces-C" libxerces-c-dev)
endif()

find_package(OpenSSL QUIET COMPONENTS Crypto)
if(NOT OpenSSL_FOUND)
  canvass_missing("OpenSSL libcrypto (SHA-256)" libssl-dev)
endif()

find_package(ZLIB QUIET)
if(NOT ZLIB_FOUND)
  canvass_missing("zlib" zlib1g-dev)
endif()

# Libraries without CMake config files: a header and a library each.
function(canvass_find_plain target header library debian_package)
  find_path(${target}_INCLUDE ${header} PATH_SUFFIXES minizip)
  find_library(${target}_LIBRARY ${library})
  if(NOT ${target}_INCLUDE OR NOT ${target}_LIBRARY)
    canvass_missing("${library}" ${debian_package})
  endif()
  add_library(canvass::${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(canvass::${target} PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${${target}_INCLUDE}"
    INTERFACE_LINK_LIBRARIES "${${target}_LIBRARY}")
endfunction()

canvass_find_plain(minizip unzip.h minizip libminizip-dev)
set_property(TARGET canvass::minizip APPEND PROPERTY INTERFACE_LINK_LIBRARIES ZLIB::ZLIB)
canvass_find_plain(readstat readstat.h readstat libreadstat-dev)
canvass_find_plain(stemmer libstemmer.h stemmer libstemmer-dev)

# The Word and Excel reports: librsvg renders the SVG figures to PNG for Word, and
# libxlsxwriter writes report.xlsx.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(RSVG QUIET IMPORTED_TARGET librsvg-2.0)
  pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()
if(NOT RSVG_FOUND)
  canvass_missing("librsvg (SVG figures to PNG for report.docx)" librsvg2-dev)
endif()
if(NOT XLSXWRITER_FOUND)
  canvass_missing("libxlsxwriter (report.xlsx)" libxlsxwriter-dev)
endif()

if(CANVASS_TESTS)
  find_package(GTest QUIET)
  if(NOT GTest_FOUND)
    canvass_missing("GoogleTest" "libgtest-dev libgmock-dev")
  endif()
endif()

option(CANVASS_BENCHMARKS "Build the Google Benchmark microbenchmarks in bench/" OFF)
if(CANVASS_BENCHMARKS)
  find_package(benchmark QUIET)
  if(NOT benchmark_FOUND)
    canvass_missing("Google Benchmark" libbenchmark-dev)
  endif()
endif()
