-- a normal script saved with a UTF-8 byte order mark
return 40 + 2
