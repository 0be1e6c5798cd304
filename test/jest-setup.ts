// restify 11 reads process.binding('http_parser') at load; the warning says nothing about this project.
process.noDeprecation = true;
