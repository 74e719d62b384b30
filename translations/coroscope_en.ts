<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditStore</name>
    <message>
        <source>it is not a plain file</source>
        <translation>it is not a plain file</translation>
    </message>
    <message>
        <source>it is larger than %1 KB</source>
        <translation>it is larger than %1 KB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2); it was set aside as %3 and the lesson&apos;s script is shown instead.</source>
        <translation>Your edit %1 could not be read (%2); it was set aside as %3 and the lesson&apos;s script is shown instead.</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2) and is ignored; move it away to edit the script again.</source>
        <translation>Your edit %1 could not be read (%2) and is ignored; move it away to edit the script again.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Drawn by Coroscope</source>
        <translation>Drawn by Coroscope</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>computing (CPU)</source>
        <translation>computing (CPU)</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>ready, waiting for the loop</translation>
    </message>
    <message>
        <source>waiting on I/O</source>
        <translation>waiting on I/O</translation>
    </message>
    <message>
        <source>waiting on a timer</source>
        <translation>waiting on a timer</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>queued for the GIL or a core</source>
        <translation>queued for the GIL or a core</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>starting up</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>gave way (sleep 0)</source>
        <translation>gave way (sleep 0)</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>another task</source>
        <translation>another task</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>a lock</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>an event</translation>
    </message>
    <message>
        <source>a queue</source>
        <translation>a queue</translation>
    </message>
    <message>
        <source>the GIL</source>
        <translation>the GIL</translation>
    </message>
    <message>
        <source>a free core</source>
        <translation>a free core</translation>
    </message>
    <message>
        <source>an executor</source>
        <translation type="vanished">an executor</translation>
    </message>
    <message>
        <source>a blocking call</source>
        <translation>a blocking call</translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation>CPU work</translation>
    </message>
    <message>
        <source>another thread to end</source>
        <translation>another thread to end</translation>
    </message>
    <message>
        <source>interpreter start-up</source>
        <translation>interpreter start-up</translation>
    </message>
    <message>
        <source>no client yet</source>
        <translation>no client yet</translation>
    </message>
    <message>
        <source>waiting to order</source>
        <translation>waiting to order</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>ordering</translation>
    </message>
    <message>
        <source>order in the kitchen</source>
        <translation>order in the kitchen</translation>
    </message>
    <message>
        <source>food ready, waiting for the waiter</source>
        <translation>food ready, waiting for the waiter</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>left (cancelled)</source>
        <translation>left (cancelled)</translation>
    </message>
    <message>
        <source>burnt (failed)</source>
        <translation>burnt (failed)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>taking an order</source>
        <translation>taking an order</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>computing</translation>
    </message>
    <message>
        <source>stuck at the kitchen (blocking call)</source>
        <translation>stuck at the kitchen (blocking call)</translation>
    </message>
    <message>
        <source>queueing for the order pad</source>
        <translation>queueing for the order pad</translation>
    </message>
    <message>
        <source>opening the room</source>
        <translation>opening the room</translation>
    </message>
    <message>
        <source>waiting for another waiter</source>
        <translation>waiting for another waiter</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>gone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>spawn</source>
        <translation>spawn</translation>
    </message>
    <message>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>wait</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <source>cancel()</source>
        <translation>cancel()</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>callback</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>worker start</source>
        <translation>worker start</translation>
    </message>
    <message>
        <source>worker exit</source>
        <translation>worker exit</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>Main process</source>
        <translation>Main process</translation>
    </message>
    <message>
        <source>Dining room</source>
        <translation>Dining room</translation>
    </message>
    <message>
        <source>Sync: one waiter, one table at a time</source>
        <translation>Sync: one waiter, one table at a time</translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s) sharing one order pad</source>
        <translation>
            <numerusform>Threads: %n waiter with the order pad</numerusform>
            <numerusform>Threads: %n waiters sharing one order pad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s)</source>
        <translation>
            <numerusform>Threads: %n waiter</numerusform>
            <numerusform>Threads: %n waiters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processes: %n dining room(s), each with its own kitchen</source>
        <translation>
            <numerusform>Processes: %n dining room with its own kitchen</numerusform>
            <numerusform>Processes: %n dining rooms, each with its own kitchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Async: one waiter, many tables</source>
        <translation>Async: one waiter, many tables</translation>
    </message>
    <message numerus="yes">
        <source>Async with helpers: the loop and %n more waiter(s)</source>
        <translation>
            <numerusform>Async with helpers: the loop and %n more waiter</numerusform>
            <numerusform>Async with helpers: the loop and %n more waiters</numerusform>
        </translation>
    </message>
    <message>
        <source>The restaurant appears here when the lesson&apos;s script runs.</source>
        <translation>The restaurant appears here when the lesson&apos;s script runs.</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>not open yet</translation>
    </message>
    <message>
        <source>opening: the interpreter starts</source>
        <translation>opening: the interpreter starts</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>KITCHEN (I/O)</source>
        <translation>KITCHEN (I/O)</translation>
    </message>
    <message>
        <source>order pad (GIL)</source>
        <translation>order pad (GIL)</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>memory %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), grouped by what they are doing</source>
        <translation>
            <numerusform>%n table, grouped by what it is doing</numerusform>
            <numerusform>%n tables, grouped by what they are doing</numerusform>
        </translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blocking</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>The loop is blocked: every table waits</source>
        <translation>The loop is blocked: every table waits</translation>
    </message>
    <message>
        <source>A blocking call holds the loop&apos;s only waiter at the kitchen.</source>
        <translation>A blocking call holds the loop&apos;s only waiter at the kitchen.</translation>
    </message>
    <message>
        <source>The waiter takes each order to the kitchen and waits there until it is ready.</source>
        <translation>The waiter takes each order to the kitchen and waits there until it is ready.</translation>
    </message>
    <message>
        <source>Only the waiter holding the pad (the GIL) may write; waiting in the kitchen frees it.</source>
        <translation>Only the waiter holding the pad (the GIL) may write; waiting in the kitchen frees it.</translation>
    </message>
    <message>
        <source>Each thread is a waiter; waiting in the kitchen holds only that waiter.</source>
        <translation>Each thread is a waiter; waiting in the kitchen holds only that waiter.</translation>
    </message>
    <message>
        <source>Each process has its own waiter, kitchen, pad and memory, and takes time to open.</source>
        <translation>Each process has its own waiter, kitchen, pad and memory, and takes time to open.</translation>
    </message>
    <message>
        <source>The waiter drops each ticket on the rail and goes on; the bell calls it back.</source>
        <translation>The waiter drops each ticket on the rail and goes on; the bell calls it back.</translation>
    </message>
    <message>
        <source>The loop&apos;s waiter hands slow jobs to helper waiters and keeps serving.</source>
        <translation>The loop&apos;s waiter hands slow jobs to helper waiters and keeps serving.</translation>
    </message>
    <message>
        <source>order in kitchen</source>
        <translation>order in kitchen</translation>
    </message>
    <message>
        <source>food ready</source>
        <translation>food ready</translation>
    </message>
    <message>
        <source>waiter = worker</source>
        <translation>waiter = worker</translation>
    </message>
    <message>
        <source>bell = I/O done</source>
        <translation>bell = I/O done</translation>
    </message>
    <message>
        <source>cpu</source>
        <translation>cpu</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blocked: %1</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>start-up</translation>
    </message>
    <message>
        <source>await %1</source>
        <translation>await %1</translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation>virtual time</translation>
    </message>
    <message>
        <source>loop ticks</source>
        <translation>loop ticks</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>awaiting</translation>
    </message>
    <message>
        <source>GIL / core</source>
        <translation>GIL / core</translation>
    </message>
    <message>
        <source>at the kitchen</source>
        <translation>at the kitchen</translation>
    </message>
    <message>
        <source>queueing for the pad</source>
        <translation>queueing for the pad</translation>
    </message>
    <message>
        <source>taking orders</source>
        <translation>taking orders</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (line %2)</translation>
    </message>
    <message>
        <source>line reached</source>
        <translation>line reached</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>timeout armed</source>
        <translation>timeout armed</translation>
    </message>
    <message>
        <source>TimeoutError</source>
        <translation>TimeoutError</translation>
    </message>
    <message>
        <source>%1: %2 of %3 slots full (maxsize %3)</source>
        <translation>%1: %2 of %3 slots full (maxsize %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 item(s) queued (no maxsize)</source>
        <translation>
            <numerusform>%1: %2 item queued (no maxsize)</numerusform>
            <numerusform>%1: %2 items queued (no maxsize)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 places taken</source>
        <translation>%1: %2 of %3 places taken</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1: held by %2</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: free</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting: %1</source>
        <translation>
            <numerusform>%n waiting: %1</numerusform>
            <numerusform>%n waiting: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cook)</source>
        <translation>%1 (cook)</translation>
    </message>
    <message>
        <source>%1 (producer)</source>
        <translation>%1 (producer)</translation>
    </message>
    <message>
        <source>timer (sleep)</source>
        <translation>timer (sleep)</translation>
    </message>
    <message>
        <source>waiting on a timer (sleep)</source>
        <translation>waiting on a timer (sleep)</translation>
    </message>
    <message>
        <source>queue, lock or semaphore</source>
        <translation>queue, lock or semaphore</translation>
    </message>
    <message>
        <source>%1() · %2</source>
        <translation>%1() · %2</translation>
    </message>
    <message>
        <source>await gather(%1)</source>
        <translation>await gather(%1)</translation>
    </message>
    <message>
        <source>a gather</source>
        <translation>a gather</translation>
    </message>
    <message>
        <source>%1(%2) · %3</source>
        <translation>%1(%2) · %3</translation>
    </message>
    <message>
        <source>%1 (%2(%3))</source>
        <translation>%1 (%2(%3))</translation>
    </message>
    <message>
        <source>the lock `%1`</source>
        <translation>the lock `%1`</translation>
    </message>
    <message>
        <source>the semaphore `%1`</source>
        <translation>the semaphore `%1`</translation>
    </message>
    <message>
        <source>the queue `%1`</source>
        <translation>the queue `%1`</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>waits for %1</translation>
    </message>
    <message>
        <source>work from its pool</source>
        <translation>work from its pool</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>is larger than %1 KB, the most a lesson file may hold; make it smaller</source>
        <translation>is larger than %1 KB, the most a lesson file may hold; make it smaller</translation>
    </message>
    <message>
        <source>cannot be read (is it there?)</source>
        <translation>cannot be read (is it there?)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is not a regular file (it is a pipe, a device or a folder); put a text file of that name in its place</source>
        <translation>is not a regular file (it is a pipe, a device or a folder); put a text file of that name in its place</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>has no name</translation>
    </message>
    <message>
        <source>is an absolute path; a lesson names a file of its own folder by its name alone (copy the file into the folder and write &quot;%1&quot;)</source>
        <translation>is an absolute path; a lesson names a file of its own folder by its name alone (copy the file into the folder and write &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>leads out of the lesson folder (&quot;..&quot;); copy the file into the folder and write &quot;%1&quot;</source>
        <translation>leads out of the lesson folder (&quot;..&quot;); copy the file into the folder and write &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a plain file name; write &quot;%1&quot;</source>
        <translation>is not a plain file name; write &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is in a sub-folder; a lesson&apos;s files sit in the lesson folder itself (move it there and write &quot;%1&quot;)</source>
        <translation>is in a sub-folder; a lesson&apos;s files sit in the lesson folder itself (move it there and write &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is a link to %1, which is not there; copy the file into the folder instead</source>
        <translation>is a link to %1, which is not there; copy the file into the folder instead</translation>
    </message>
    <message>
        <source>is a link to %1, outside the lesson folder; copy the file into the folder instead</source>
        <translation>is a link to %1, outside the lesson folder; copy the file into the folder instead</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>%1 is missing (it needs a text for en, pt_BR and uk)</source>
        <translation>%1 is missing (it needs a text for en, pt_BR and uk)</translation>
    </message>
    <message>
        <source>%1 must be an object of texts by language</source>
        <translation>%1 must be an object of texts by language</translation>
    </message>
    <message>
        <source>%1 has no English (en) text</source>
        <translation>%1 has no English (en) text</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>is not valid JSON: %1</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>must hold one JSON object</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>&quot;id&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the folder is named &quot;%2&quot;; they must match</source>
        <translation>&quot;id&quot; is &quot;%1&quot; but the folder is named &quot;%2&quot;; they must match</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation>&quot;order&quot; must be a number</translation>
    </message>
    <message>
        <source>&quot;view&quot; is &quot;%1&quot;; it must be one of %2</source>
        <translation>&quot;view&quot; is &quot;%1&quot;; it must be one of %2</translation>
    </message>
    <message>
        <source>&quot;scripts&quot; must list at least one script</source>
        <translation>&quot;scripts&quot; must list at least one script</translation>
    </message>
    <message>
        <source>the label of script &quot;%1&quot;</source>
        <translation>the label of script &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a script has no &quot;file&quot;</source>
        <translation>a script has no &quot;file&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has type &quot;%2&quot;; it must be int, float or bool</source>
        <translation>parameter &quot;%1&quot; has type &quot;%2&quot;; it must be int, float or bool</translation>
    </message>
    <message>
        <source>the label of parameter &quot;%1&quot;</source>
        <translation>the label of parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no &quot;default&quot;</source>
        <translation>parameter &quot;%1&quot; has no &quot;default&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default %2 is outside [%3, %4]</source>
        <translation>parameter &quot;%1&quot;: the default %2 is outside [%3, %4]</translation>
    </message>
    <message>
        <source>a narration step has no &quot;id&quot;</source>
        <translation>a narration step has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; names script &quot;%2&quot;, which is not in &quot;scripts&quot;</source>
        <translation>narration step &quot;%1&quot; names script &quot;%2&quot;, which is not in &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a taskDone trigger needs &quot;task&quot;</source>
        <translation>narration step &quot;%1&quot;: a taskDone trigger needs &quot;task&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a time trigger needs &quot;seconds&quot; (0 or more)</source>
        <translation>narration step &quot;%1&quot;: a time trigger needs &quot;seconds&quot; (0 or more)</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; has trigger kind &quot;%2&quot;; it must be one of start, line, taskDone, time, key</source>
        <translation>narration step &quot;%1&quot; has trigger kind &quot;%2&quot;; it must be one of start, line, taskDone, time, key</translation>
    </message>
    <message>
        <source>the prompt of question &quot;%1&quot;</source>
        <translation>the prompt of question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;before&quot; must name one of the scripts</source>
        <translation>question &quot;%1&quot;: &quot;before&quot; must name one of the scripts</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has measure &quot;%2&quot;; it must be one of totalTime, peakMemory, workers, firstDone</source>
        <translation>question &quot;%1&quot; has measure &quot;%2&quot;; it must be one of totalTime, peakMemory, workers, firstDone</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be %3</source>
        <translation>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be %3</translation>
    </message>
    <message>
        <source>a task name</source>
        <translation>a task name</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>the text of choice &quot;%1&quot;</source>
        <translation>the text of choice &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; needs at least two choices</source>
        <translation>question &quot;%1&quot; needs at least two choices</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;correct&quot; must be the id of one of its choices</source>
        <translation>question &quot;%1&quot;: &quot;correct&quot; must be the id of one of its choices</translation>
    </message>
    <message>
        <source>is missing; it must tell every narration step</source>
        <translation>is missing; it must tell every narration step</translation>
    </message>
    <message>
        <source>has no section &quot;## %1&quot; for narration step &quot;%1&quot;</source>
        <translation>has no section &quot;## %1&quot; for narration step &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing: every lesson folder needs one</source>
        <translation>is missing: every lesson folder needs one</translation>
    </message>
    <message>
        <source>%1 has a text in &quot;%2&quot;, which is not a lesson language</source>
        <translation>%1 has a text in &quot;%2&quot;, which is not a lesson language</translation>
    </message>
    <message>
        <source>%1 has no %2 text</source>
        <translation>%1 has no %2 text</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>has an unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>&quot;order&quot; must be a whole number</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false</source>
        <translation>&quot;compare&quot; must be true or false</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; is listed twice</source>
        <translation>script &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; must be a .py file in the lesson folder</source>
        <translation>script &quot;%1&quot; must be a .py file in the lesson folder</translation>
    </message>
    <message>
        <source>is not listed in lesson.json&apos;s &quot;scripts&quot;</source>
        <translation>is not listed in lesson.json&apos;s &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must have type &quot;%2&quot;</source>
        <translation>parameter &quot;%1&quot; must have type &quot;%2&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the range [%2, %3] goes beyond what the machine allows, [%4, %5]</source>
        <translation>parameter &quot;%1&quot;: the range [%2, %3] goes beyond what the machine allows, [%4, %5]</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is listed twice</source>
        <translation>parameter &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be an UPPER_CASE constant or one of %2</source>
        <translation>parameter &quot;%1&quot; must be an UPPER_CASE constant or one of %2</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: no script assigns %1 at its top level, so the parameter would change nothing</source>
        <translation>parameter &quot;%1&quot;: no script assigns %1 at its top level, so the parameter would change nothing</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be true or false</source>
        <translation>parameter &quot;%1&quot;: the default must be true or false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a whole number</source>
        <translation>parameter &quot;%1&quot;: the default must be a whole number</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;step&quot; must be a positive number</source>
        <translation>parameter &quot;%1&quot;: &quot;step&quot; must be a positive number</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: %2 has %3 lines, not %4</source>
        <translation>narration step &quot;%1&quot;: %2 has %3 lines, not %4</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: line %2 of %3 has no code, so no task reaches it</source>
        <translation>narration step &quot;%1&quot;: line %2 of %3 has no code, so no task reaches it</translation>
    </message>
    <message>
        <source>&quot;narration&quot; must tell at least one step</source>
        <translation>&quot;narration&quot; must tell at least one step</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: an id is lower-case words joined by &quot;-&quot;</source>
        <translation>narration step &quot;%1&quot;: an id is lower-case words joined by &quot;-&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; is listed twice</source>
        <translation>narration step &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a %2 trigger has no &quot;%3&quot;</source>
        <translation>narration step &quot;%1&quot;: a %2 trigger has no &quot;%3&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: choice &quot;%2&quot; is listed twice</source>
        <translation>question &quot;%1&quot;: choice &quot;%2&quot; is listed twice</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be 0 or more</source>
        <translation>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be 0 or more</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: another choice has the same value</source>
        <translation>question &quot;%1&quot;, choice &quot;%2&quot;: another choice has the same value</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is listed twice</source>
        <translation>question &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>has a section &quot;## %1&quot; but no narration step &quot;%1&quot; in lesson.json</source>
        <translation>has a section &quot;## %1&quot; but no narration step &quot;%1&quot; in lesson.json</translation>
    </message>
    <message>
        <source>section &quot;## %1&quot; is empty</source>
        <translation>section &quot;## %1&quot; is empty</translation>
    </message>
    <message>
        <source>is in &quot;%1&quot;, which is not a lesson language (en, pt_BR, uk)</source>
        <translation>is in &quot;%1&quot;, which is not a lesson language (en, pt_BR, uk)</translation>
    </message>
    <message>
        <source>&quot;order&quot; %1 is also the order of lesson &quot;%2&quot;</source>
        <translation>&quot;order&quot; %1 is also the order of lesson &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;view&quot; is missing; it must be one of %1</source>
        <translation>&quot;view&quot; is missing; it must be one of %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</source>
        <translation>parameter &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a text (&quot;%1&quot;)</source>
        <translation>a text (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}), not %2</source>
        <translation>%1 must be an object ({...}), not %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text in quotes, not %3</source>
        <translation>%1: &quot;%2&quot; must be a text in quotes, not %3</translation>
    </message>
    <message>
        <source>%1: the %2 text must be a text in quotes, not %3</source>
        <translation>%1: the %2 text must be a text in quotes, not %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; must be a list, not %2</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>the lesson</translation>
    </message>
    <message>
        <source>an entry of &quot;scripts&quot;</source>
        <translation>an entry of &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; %2</source>
        <translation>script &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is listed in lesson.json but cannot be read (is it there?)</source>
        <translation>is listed in lesson.json but cannot be read (is it there?)</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be a number, not %3</source>
        <translation>parameter &quot;%1&quot;: &quot;%2&quot; must be a number, not %3</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a number, not %2%3</source>
        <translation>parameter &quot;%1&quot;: the default must be a number, not %2%3</translation>
    </message>
    <message>
        <source>; write it without quotes</source>
        <translation>; write it without quotes</translation>
    </message>
    <message>
        <source>an entry of &quot;parameters&quot;</source>
        <translation>an entry of &quot;parameters&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a line trigger needs &quot;line&quot;, a whole number from 1</source>
        <translation>narration step &quot;%1&quot;: a line trigger needs &quot;line&quot;, a whole number from 1</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;</source>
        <translation>narration step &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;narration&quot;</source>
        <translation>an entry of &quot;narration&quot;</translation>
    </message>
    <message>
        <source>the &quot;trigger&quot; of narration step &quot;%1&quot;</source>
        <translation>the &quot;trigger&quot; of narration step &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a choice of question &quot;%1&quot;</source>
        <translation>a choice of question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;questions&quot;</source>
        <translation>an entry of &quot;questions&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>question &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;choices&quot; must be a list, not %2</source>
        <translation>question &quot;%1&quot;: &quot;choices&quot; must be a list, not %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is the id of a built-in lesson, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; is the id of a built-in lesson, so this folder was not loaded; give it an id and a folder name of its own</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is also the id of the lesson in %2, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; is also the id of the lesson in %2, so this folder was not loaded; give it an id and a folder name of its own</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;grows&quot; must give a number per parameter</source>
        <translation>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;grows&quot; must give a number per parameter</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>raise it with the setting budgets/%1 in %2</source>
        <translation>raise it with the setting budgets/%1 in %2</translation>
    </message>
</context>
<context>
    <name>coroscope::CodeEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: CancelledError thrown in here</source>
        <translation>%1: CancelledError thrown in here</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message>
        <source>%1: the timeout ran out: TimeoutError</source>
        <translation>%1: the timeout ran out: TimeoutError</translation>
    </message>
    <message>
        <source>%1: awaits here the coroutine it calls</source>
        <translation>%1: awaits here the coroutine it calls</translation>
    </message>
</context>
<context>
    <name>coroscope::CodePanel</name>
    <message>
        <source>Reset to original</source>
        <translation>Reset to original</translation>
    </message>
    <message>
        <source>Throw away your edits to this script and restore the lesson&apos;s own</source>
        <translation>Throw away your edits to this script and restore the lesson&apos;s own</translation>
    </message>
    <message>
        <source>Show script %1: %2</source>
        <translation>Show script %1: %2</translation>
    </message>
</context>
<context>
    <name>coroscope::CompareView</name>
    <message>
        <source>This lesson compares no scripts. Lessons with &quot;compare&quot; show their scripts here, one above the other.</source>
        <translation>This lesson compares no scripts. Lessons with &quot;compare&quot; show their scripts here, one above the other.</translation>
    </message>
    <message>
        <source>This script did not run.</source>
        <translation>This script did not run.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>peak memory %1</source>
        <translation>peak memory %1</translation>
    </message>
    <message>
        <source>workers %1</source>
        <translation>workers %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogView</name>
    <message>
        <source>Only the selected task</source>
        <translation>Only the selected task</translation>
    </message>
    <message>
        <source>List only the events of the task selected in any view</source>
        <translation>List only the events of the task selected in any view</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonList</name>
    <message>
        <source>%1 (cannot be loaded)</source>
        <translation>%1 (cannot be loaded)</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonSession</name>
    <message>
        <source>Your edit of %1 could not be saved (%2); it is kept until Coroscope is closed.</source>
        <translation>Your edit of %1 could not be saved (%2); it is kept until Coroscope is closed.</translation>
    </message>
</context>
<context>
    <name>coroscope::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>%1 — Coroscope</source>
        <translation>%1 — Coroscope</translation>
    </message>
    <message>
        <source>Coroscope</source>
        <translation>Coroscope</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Waiters are workers, tables are clients, the kitchen is I/O (Ctrl+1)</source>
        <translation>Waiters are workers, tables are clients, the kitchen is I/O (Ctrl+1)</translation>
    </message>
    <message>
        <source>The lesson&apos;s scripts on one time axis (Ctrl+2)</source>
        <translation>The lesson&apos;s scripts on one time axis (Ctrl+2)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narration</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>About Coroscope</source>
        <translation>About Coroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;See concurrency happen: Python&apos;s asyncio, threads and processes on a simulated machine, drawn as they run.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;See concurrency happen: Python&apos;s asyncio, threads and processes on a simulated machine, drawn as they run.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Check the script and run it again with the current parameters</source>
        <translation>Check the script and run it again with the current parameters</translation>
    </message>
    <message>
        <source>Reset to &amp;original</source>
        <translation>Reset to &amp;original</translation>
    </message>
    <message>
        <source>Throw away your edits and restore the lesson&apos;s script</source>
        <translation>Throw away your edits and restore the lesson&apos;s script</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Next lesson</translation>
    </message>
    <message>
        <source>Open the next lesson</source>
        <translation>Open the next lesson</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Previous lesson</translation>
    </message>
    <message>
        <source>Open the previous lesson</source>
        <translation>Open the previous lesson</translation>
    </message>
    <message>
        <source>&amp;Ask the question again</source>
        <translation>&amp;Ask the question again</translation>
    </message>
    <message>
        <source>Put the predict-first question again and restart</source>
        <translation>Put the predict-first question again and restart</translation>
    </message>
    <message>
        <source>Play or pause; at a narration step, go on</source>
        <translation>Play or pause; at a narration step, go on</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Step &amp;forward</translation>
    </message>
    <message>
        <source>One event forward, at a narration step too</source>
        <translation>One event forward, at a narration step too</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <source>One event back</source>
        <translation>One event back</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Restart</translation>
    </message>
    <message>
        <source>Back to the start of the run</source>
        <translation>Back to the start of the run</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Slower</translation>
    </message>
    <message>
        <source>Halve the playback speed</source>
        <translation>Halve the playback speed</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>F&amp;aster</translation>
    </message>
    <message>
        <source>Double the playback speed</source>
        <translation>Double the playback speed</translation>
    </message>
    <message>
        <source>&amp;Next (clicker)</source>
        <translation>&amp;Next (clicker)</translation>
    </message>
    <message>
        <source>Go on past a narration step, else one event forward</source>
        <translation>Go on past a narration step, else one event forward</translation>
    </message>
    <message>
        <source>Pre&amp;vious (clicker)</source>
        <translation>Pre&amp;vious (clicker)</translation>
    </message>
    <message>
        <source>Lanes by &amp;worker</source>
        <translation>Lanes by &amp;worker</translation>
    </message>
    <message>
        <source>One lane per worker (loop, thread, process) instead of per task</source>
        <translation>One lane per worker (loop, thread, process) instead of per task</translation>
    </message>
    <message>
        <source>Loop &amp;ticks axis</source>
        <translation>Loop &amp;ticks axis</translation>
    </message>
    <message>
        <source>Space events by loop ticks, so steps that take no time show</source>
        <translation>Space events by loop ticks, so steps that take no time show</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation>Zoom the timeline in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation>Zoom the timeline out</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>Zoom to &amp;fit</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Show the whole run</translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation>&amp;Arrows</translation>
    </message>
    <message>
        <source>Show spawn, await, wake-up and cancel arrows</source>
        <translation>Show spawn, await, wake-up and cancel arrows</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Restaurant</translation>
    </message>
    <message>
        <source>Show the restaurant</source>
        <translation>Show the restaurant</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Show the comparison of the lesson&apos;s scripts</source>
        <translation>Show the comparison of the lesson&apos;s scripts</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast, for a projector</source>
        <translation>Full screen, large type, high contrast, for a projector</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Reset &amp;layout</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Put every panel back where it started</translation>
    </message>
    <message>
        <source>Export view as &amp;PNG…</source>
        <translation>Export view as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the view under the mouse, or the restaurant, as a PNG picture</source>
        <translation>Save the view under the mouse, or the restaurant, as a PNG picture</translation>
    </message>
    <message>
        <source>Export view as &amp;SVG…</source>
        <translation>Export view as &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the view as an SVG drawing</source>
        <translation>Save the view as an SVG drawing</translation>
    </message>
    <message>
        <source>Export &amp;Chrome trace…</source>
        <translation>Export &amp;Chrome trace…</translation>
    </message>
    <message>
        <source>Save the run as JSON for Perfetto or chrome://tracing</source>
        <translation>Save the run as JSON for Perfetto or chrome://tracing</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Coroscope</source>
        <translation>Close Coroscope</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>List every shortcut</translation>
    </message>
    <message>
        <source>&amp;About Coroscope</source>
        <translation>&amp;About Coroscope</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version and licence</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>Pa&amp;nels</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>Show or hide the %1 panel (%2)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Use the %1 theme (%2)</source>
        <translation>Use the %1 theme (%2)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>System language (%1)</translation>
    </message>
    <message>
        <source>Show Coroscope and its lessons in this language (%1)</source>
        <translation>Show Coroscope and its lessons in this language (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Export view as SVG</source>
        <translation>Export view as SVG</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Export view as PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Run the script first: there is no trace to export.</source>
        <translation>Run the script first: there is no trace to export.</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Export Chrome trace</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome trace JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 (open it in Perfetto)</source>
        <translation>Saved %1 (open it in Perfetto)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>No lessons found</translation>
    </message>
    <message>
        <source>Lessons are folders with a lesson.json; put one in %1.</source>
        <translation>Lessons are folders with a lesson.json; put one in %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Running %1…</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>Selected %1</translation>
    </message>
    <message>
        <source>To the &amp;end</source>
        <translation>To the &amp;end</translation>
    </message>
    <message>
        <source>Jump to the end of the run</source>
        <translation>Jump to the end of the run</translation>
    </message>
    <message>
        <source>Script &amp;%1: %2</source>
        <translation>Script &amp;%1: %2</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>Script %1</translation>
    </message>
    <message>
        <source>Show and play this script of the lesson</source>
        <translation>Show and play this script of the lesson</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>End the runs still going at once; what they did stays shown</source>
        <translation>End the runs still going at once; what they did stays shown</translation>
    </message>
    <message>
        <source>Press Run (%1) to run this script and see what it does.</source>
        <translation>Press Run (%1) to run this script and see what it does.</translation>
    </message>
</context>
<context>
    <name>coroscope::NarrationPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>press Space or Page Down to go on</source>
        <translation>press Space or Page Down to go on</translation>
    </message>
    <message>
        <source>Press Space to play, → to step one event.</source>
        <translation>Press Space to play, → to step one event.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Go on with the run (Space or Page Down)</source>
        <translation>Go on with the run (Space or Page Down)</translation>
    </message>
</context>
<context>
    <name>coroscope::ParametersPanel</name>
    <message>
        <source>This lesson has no parameters.</source>
        <translation>This lesson has no parameters.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <source>Put every parameter back to the lesson&apos;s value</source>
        <translation>Put every parameter back to the lesson&apos;s value</translation>
    </message>
</context>
<context>
    <name>coroscope::PredictCard</name>
    <message>
        <source>Predict first</source>
        <translation>Predict first</translation>
    </message>
    <message>
        <source>Press %1</source>
        <translation>Press %1</translation>
    </message>
    <message>
        <source>Choose an answer (1–%1), then watch the run. Esc skips the question.</source>
        <translation>Choose an answer (1–%1), then watch the run. Esc skips the question.</translation>
    </message>
    <message>
        <source>You predicted it</source>
        <translation>You predicted it</translation>
    </message>
    <message>
        <source>The run says otherwise</source>
        <translation>The run says otherwise</translation>
    </message>
    <message>
        <source>The run measured &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>The run measured &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Your answer: %1</translation>
    </message>
    <message>
        <source>The run&apos;s answer: %1</source>
        <translation>The run&apos;s answer: %1</translation>
    </message>
    <message>
        <source>(The lesson expected %1.)</source>
        <translation>(The lesson expected %1.)</translation>
    </message>
    <message>
        <source>Press Esc or click to close.</source>
        <translation>Press Esc or click to close.</translation>
    </message>
</context>
<context>
    <name>coroscope::PresenterWindow</name>
    <message>
        <source>Coroscope — presenter</source>
        <translation>Coroscope — presenter</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Restaurant</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;ompare</translation>
    </message>
    <message>
        <source>Code &amp;and restaurant</source>
        <translation>Code &amp;and restaurant</translation>
    </message>
    <message>
        <source>Code a&amp;nd timeline</source>
        <translation>Code a&amp;nd timeline</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Blank the screen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>Li&amp;ght theme</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;High contrast theme</source>
        <translation>&amp;High contrast theme</translation>
    </message>
    <message>
        <source>L&amp;eave presenter mode</source>
        <translation>L&amp;eave presenter mode</translation>
    </message>
    <message>
        <source>Views, text size, theme (or right-click)</source>
        <translation>Views, text size, theme (or right-click)</translation>
    </message>
    <message>
        <source>1–6 views · B blank · Ctrl+/− text · Esc leave</source>
        <translation>1–6 views · B blank · Ctrl+/− text · Esc leave</translation>
    </message>
</context>
<context>
    <name>coroscope::RestaurantView</name>
    <message>
        <source>served by task %1</source>
        <translation>served by task %1</translation>
    </message>
</context>
<context>
    <name>coroscope::RunProgress</name>
    <message>
        <source>Running… %1 s</source>
        <translation>Running… %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scripts… %1 s</source>
        <translation>
            <numerusform>Running %n script… %1 s</numerusform>
            <numerusform>Running %n scripts… %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coroscope::Settings</name>
    <message>
        <source>The settings file %1 could not be read and could not be moved away; Coroscope starts with its defaults and may not keep your settings.</source>
        <translation>The settings file %1 could not be read and could not be moved away; Coroscope starts with its defaults and may not keep your settings.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; it was set aside as %2 and Coroscope starts with its defaults.</source>
        <translation>The settings file %1 could not be read; it was set aside as %2 and Coroscope starts with its defaults.</translation>
    </message>
</context>
<context>
    <name>coroscope::TimelineView</name>
    <message>
        <source>The timeline appears here when the lesson&apos;s script runs.</source>
        <translation>The timeline appears here when the lesson&apos;s script runs.</translation>
    </message>
    <message>
        <source>This run takes no virtual time: switch the axis to loop ticks (T) to see each step.</source>
        <translation>This run takes no virtual time: switch the axis to loop ticks (T) to see each step.</translation>
    </message>
    <message>
        <source>(idle)</source>
        <translation>(idle)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>from %1 for %2</source>
        <translation>from %1 for %2</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(so far)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>task %1: %2</translation>
    </message>
</context>
<context>
    <name>coroscope::TransportBar</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>event %1 / %2</source>
        <translation>event %1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Playback speed, in virtual seconds per second ([ slower, ] faster)</source>
        <translation>Playback speed, in virtual seconds per second ([ slower, ] faster)</translation>
    </message>
    <message>
        <source>Drag to move through the run</source>
        <translation>Drag to move through the run</translation>
    </message>
    <message>
        <source>Virtual time at the playhead</source>
        <translation>Virtual time at the playhead</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Play every script of every lesson through its narration in presenter mode, unattended, and the catalogue again after the last lesson (a kiosk, a long test run).</source>
        <translation>Play every script of every lesson through its narration in presenter mode, unattended, and the catalogue again after the last lesson (a kiosk, a long test run).</translation>
    </message>
    <message>
        <source>With --autoplay: rewrite FILE every second with what is playing, so that a watcher can tell the app is responsive.</source>
        <translation>With --autoplay: rewrite FILE every second with what is playing, so that a watcher can tell the app is responsive.</translation>
    </message>
</context>
</TS>
