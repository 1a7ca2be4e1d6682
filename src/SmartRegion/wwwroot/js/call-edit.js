// Call form: after "add a row" the server marks the new row; the focus moves to its first field, so a keyboard
// user goes on typing there. Without this script the page still works: the address's fragment names that field.
const row = document.querySelector('.funding-row--new');
const field = row?.querySelector('input:not([type="hidden"]), select, textarea');
field?.focus();
