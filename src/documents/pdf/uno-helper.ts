/**
 * The helper the warm converter runs beside its LibreOffice (decision 0032): a small Python program using
 * LibreOffice's own `uno` module (Debian python3-uno). It connects to the LibreOffice listening on a pipe,
 * then reads one request a line on stdin and answers one line on stdout, all JSON:
 *
 *   → {"id": 1, "input": "/tmp/…/1.docx", "output": "/tmp/…/1.pdf", "filter": "writer_pdf_Export", "infilter": null}
 *   ← {"ready": true}                        once, when connected
 *   ← {"id": 1, "started": true}             LibreOffice answered just before the document is opened
 *   ← {"id": 1, "ok": true}                  or {"id": 1, "ok": false, "error": "…", "gone": true|false}
 *
 * "gone" means LibreOffice no longer answers. The server kills both when done with them; if stdin closes
 * instead (the server died, even by SIGKILL) it kills the LibreOffice it served and removes its socket and
 * the working folder, so nothing is left behind. Kept as text and run with `python3 -c`: nothing to copy
 * beside the bundled server (dist/server).
 */
export const UNO_HELPER = String.raw`
import json, os, shutil, signal, sys, time
import uno

pipe, office_pid, start_seconds, work_dir = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]


def say(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def props(**values):
    out = []
    for name, value in values.items():
        p = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


def finish(code):
    try:
        os.kill(office_pid, signal.SIGKILL)
    except OSError:
        pass
    sys.exit(code)


def orphaned():
    # The server is gone without cleaning up: kill its LibreOffice, remove its socket and working folder.
    try:
        os.kill(office_pid, signal.SIGKILL)
    except OSError:
        pass
    time.sleep(0.5)
    try:
        os.unlink("/tmp/OSL_PIPE_%d_%s" % (os.getuid(), pipe))
    except OSError:
        pass
    shutil.rmtree(work_dir, ignore_errors=True)
    sys.exit(0)


parent = os.getppid()
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
deadline = time.monotonic() + start_seconds
while True:
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception as error:
        if os.getppid() != parent:
            orphaned()
        if time.monotonic() > deadline:
            say({"failed": "no answer from LibreOffice on its pipe: %s" % error})
            finish(1)
        time.sleep(0.05)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
say({"ready": True})


def answering():
    try:
        desktop.getComponents()
        return True
    except Exception:
        return False


for line in sys.stdin:
    if not line.strip():
        continue
    request = json.loads(line)
    rid = request["id"]
    if not answering():
        say({"id": rid, "ok": False, "gone": True, "error": "LibreOffice no longer answers"})
        continue
    say({"id": rid, "started": True})
    document = None
    try:
        load = {"Hidden": True, "ReadOnly": True, "MacroExecutionMode": 0, "UpdateDocMode": 0}
        if request.get("infilter"):
            name, _, options = request["infilter"].partition(":")
            load["FilterName"] = name
            if options:
                load["FilterOptions"] = options
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(request["input"]), "_blank", 0, props(**load))
        if document is None:
            raise RuntimeError("LibreOffice could not open the document")
        document.storeToURL(uno.systemPathToFileUrl(request["output"]), props(FilterName=request["filter"], Overwrite=True))
        say({"id": rid, "ok": True})
    except Exception as error:
        say({"id": rid, "ok": False, "gone": not answering(), "error": "%s: %s" % (type(error).__name__, error)})
    finally:
        if document is not None:
            try:
                document.close(True)
            except Exception:
                try:
                    document.dispose()
                except Exception:
                    pass
orphaned()
`;
