-- hostile: change this script's string table; other scripts and ("x"):method() must not see it
string.upper = function() return "pwned" end
string.rep = nil
assert(("ab"):upper() == "AB", "method calls went through the tampered table")
assert(("ab"):rep(2) == "abab")
error("string_lib_tamper: tampering stayed local")
