// The side-by-side editor for a long day of work: Alt+Down and Alt+Up move between the
// translations, Ctrl+Enter saves the draft, and "Use" on a memory suggestion for plain
// text fills the field in place (rich text is filled by the server, as the button posts).
function setUpSideBySide() {
    "use strict";
    const form = document.querySelector("[data-side-by-side]");
    if (!form) {
        return;
    }
    const editable = () =>
        Array.from(
            form.querySelectorAll(
                "[data-translation-cell] input[type=text], [data-translation-cell] textarea, " +
                    "[data-translation-cell] [contenteditable=true]",
            ),
        );

    form.addEventListener("keydown", (event) => {
        if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
            const fields = editable();
            const here = fields.findIndex((field) => field.contains(document.activeElement));
            const next = here + (event.key === "ArrowDown" ? 1 : -1);
            if (next >= 0 && next < fields.length) {
                event.preventDefault();
                fields[next].focus();
                fields[next].scrollIntoView({ block: "center" });
            }
        } else if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
            event.preventDefault();
            form.querySelector("[data-save-draft]").click();
        }
    });

    form.querySelectorAll("[data-use-match]").forEach((button) => {
        const text = button.dataset.text;
        if (!text) {
            return;
        }
        button.addEventListener("click", (event) => {
            const cell = button.closest("[data-translation-cell]");
            const field = cell.querySelector("input[type=text], textarea");
            if (!field) {
                return;
            }
            event.preventDefault();
            field.value = text;
            field.dispatchEvent(new Event("input", { bubbles: true }));
            field.focus();
        });
    });
    // Tells a browser test (and anything else) that the keys and buttons above now work.
    form.dataset.ready = "";
}

// The admin loads its scripts in the page's head, before the form exists.
if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpSideBySide);
} else {
    setUpSideBySide();
}
