<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>EditStore</name>
    <message>
        <source>it is not a plain file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>it is larger than %1 KB</source>
        <translation>він більший за %1 КБ</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>це не текст UTF-8</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не вдалося створити теку %1</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2); it was set aside as %3 and the lesson&apos;s script is shown instead.</source>
        <translation>Не вдалося прочитати вашу правку %1 (%2); її відкладено як %3, а натомість показано скрипт уроку.</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2) and is ignored; move it away to edit the script again.</source>
        <translation>Не вдалося прочитати вашу правку %1 (%2), тож її пропущено; перемістіть її деінде, щоб знову редагувати скрипт.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Не вдалося записати %1.</translation>
    </message>
    <message>
        <source>Drawn by Coroscope</source>
        <translation>Намальовано в Coroscope</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 мкс</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 с</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КіБ</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МіБ</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 ГіБ</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не запущено</translation>
    </message>
    <message>
        <source>running</source>
        <translation>виконується</translation>
    </message>
    <message>
        <source>computing (CPU)</source>
        <translation>обчислює (CPU)</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>готова, чекає на цикл подій</translation>
    </message>
    <message>
        <source>waiting on I/O</source>
        <translation>чекає на введення-виведення</translation>
    </message>
    <message>
        <source>waiting on a timer</source>
        <translation>чекає на таймер</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>чекає</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблоковано</translation>
    </message>
    <message>
        <source>queued for the GIL or a core</source>
        <translation>у черзі за GIL або ядром</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>запускається</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>збій</translation>
    </message>
    <message>
        <source>gave way (sleep 0)</source>
        <translation>поступилася (sleep 0)</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>таймер</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>В/В</translation>
    </message>
    <message>
        <source>another task</source>
        <translation>іншу задачу</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>блокування (lock)</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>подію (Event)</translation>
    </message>
    <message>
        <source>a queue</source>
        <translation>чергу</translation>
    </message>
    <message>
        <source>the GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source>a free core</source>
        <translation>вільне ядро</translation>
    </message>
    <message>
        <source>an executor</source>
        <translation type="vanished">виконавця (executor)</translation>
    </message>
    <message>
        <source>a blocking call</source>
        <translation>блокувальний виклик</translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation>роботу CPU</translation>
    </message>
    <message>
        <source>another thread to end</source>
        <translation>завершення іншого потоку</translation>
    </message>
    <message>
        <source>interpreter start-up</source>
        <translation>запуск інтерпретатора</translation>
    </message>
    <message>
        <source>no client yet</source>
        <translation>клієнта ще немає</translation>
    </message>
    <message>
        <source>waiting to order</source>
        <translation>чекає, щоб замовити</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>замовляє</translation>
    </message>
    <message>
        <source>order in the kitchen</source>
        <translation>замовлення на кухні</translation>
    </message>
    <message>
        <source>food ready, waiting for the waiter</source>
        <translation>страва готова, чекає на офіціанта</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслужено</translation>
    </message>
    <message>
        <source>left (cancelled)</source>
        <translation>пішов (скасовано)</translation>
    </message>
    <message>
        <source>burnt (failed)</source>
        <translation>підгоріло (збій)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>без діла</translation>
    </message>
    <message>
        <source>taking an order</source>
        <translation>приймає замовлення</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>обчислює</translation>
    </message>
    <message>
        <source>stuck at the kitchen (blocking call)</source>
        <translation>застряг біля кухні (блокувальний виклик)</translation>
    </message>
    <message>
        <source>queueing for the order pad</source>
        <translation>у черзі за блокнотом замовлень</translation>
    </message>
    <message>
        <source>opening the room</source>
        <translation>відчиняє зал</translation>
    </message>
    <message>
        <source>waiting for another waiter</source>
        <translation>чекає на іншого офіціанта</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>пішов</translation>
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
        <translation>створення</translation>
    </message>
    <message>
        <source>run</source>
        <translation>виконання</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готова</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>очікування</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>утримання</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>продовження</translation>
    </message>
    <message>
        <source>cancel()</source>
        <translation>cancel()</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>зворотний виклик</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>worker start</source>
        <translation>старт виконавця</translation>
    </message>
    <message>
        <source>worker exit</source>
        <translation>вихід виконавця</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <source>Main process</source>
        <translation>Головний процес</translation>
    </message>
    <message>
        <source>Dining room</source>
        <translation>Зала</translation>
    </message>
    <message>
        <source>Sync: one waiter, one table at a time</source>
        <translation>Синхронно: один офіціант, один столик за раз</translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s) sharing one order pad</source>
        <translation>
            <numerusform>Потоки: %n офіціант спільно з блокнотом замовлень</numerusform>
            <numerusform>Потоки: %n офіціанти з одним спільним блокнотом замовлень</numerusform>
            <numerusform>Потоки: %n офіціантів з одним спільним блокнотом замовлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s)</source>
        <translation>
            <numerusform>Потоки: %n офіціант</numerusform>
            <numerusform>Потоки: %n офіціанти</numerusform>
            <numerusform>Потоки: %n офіціантів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processes: %n dining room(s), each with its own kitchen</source>
        <translation>
            <numerusform>Процеси: %n зала з власною кухнею</numerusform>
            <numerusform>Процеси: %n зали, кожна з власною кухнею</numerusform>
            <numerusform>Процеси: %n зал, кожна з власною кухнею</numerusform>
        </translation>
    </message>
    <message>
        <source>Async: one waiter, many tables</source>
        <translation>Асинхронно: один офіціант, багато столиків</translation>
    </message>
    <message numerus="yes">
        <source>Async with helpers: the loop and %n more waiter(s)</source>
        <translation>
            <numerusform>Асинхронно з помічниками: цикл подій і ще %n офіціант</numerusform>
            <numerusform>Асинхронно з помічниками: цикл подій і ще %n офіціанти</numerusform>
            <numerusform>Асинхронно з помічниками: цикл подій і ще %n офіціантів</numerusform>
        </translation>
    </message>
    <message>
        <source>The restaurant appears here when the lesson&apos;s script runs.</source>
        <translation>Ресторан з’явиться тут, коли виконається скрипт уроку.</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>ще зачинено</translation>
    </message>
    <message>
        <source>opening: the interpreter starts</source>
        <translation>відчиняється: запускається інтерпретатор</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>зачинено</translation>
    </message>
    <message>
        <source>KITCHEN (I/O)</source>
        <translation>КУХНЯ (В/В)</translation>
    </message>
    <message>
        <source>order pad (GIL)</source>
        <translation>блокнот замовлень (GIL)</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>пам’ять %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), grouped by what they are doing</source>
        <translation>
            <numerusform>%n столик, згруповано за тим, що відбувається</numerusform>
            <numerusform>%n столики, згруповано за тим, що відбувається</numerusform>
            <numerusform>%n столиків, згруповано за тим, що відбувається</numerusform>
        </translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>блокувальне</translation>
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
        <translation>Цикл подій заблоковано: чекають усі столики</translation>
    </message>
    <message>
        <source>A blocking call holds the loop&apos;s only waiter at the kitchen.</source>
        <translation>Блокувальний виклик тримає біля кухні єдиного офіціанта циклу подій.</translation>
    </message>
    <message>
        <source>The waiter takes each order to the kitchen and waits there until it is ready.</source>
        <translation>Офіціант відносить кожне замовлення на кухню й чекає там, доки воно буде готове.</translation>
    </message>
    <message>
        <source>Only the waiter holding the pad (the GIL) may write; waiting in the kitchen frees it.</source>
        <translation>Писати може лише офіціант із блокнотом (GIL); очікування біля кухні його звільняє.</translation>
    </message>
    <message>
        <source>Each thread is a waiter; waiting in the kitchen holds only that waiter.</source>
        <translation>Кожен потік — це офіціант; очікування біля кухні затримує лише його.</translation>
    </message>
    <message>
        <source>Each process has its own waiter, kitchen, pad and memory, and takes time to open.</source>
        <translation>Кожен процес має власного офіціанта, кухню, блокнот і пам’ять, і йому потрібен час, щоб відчинитися.</translation>
    </message>
    <message>
        <source>The waiter drops each ticket on the rail and goes on; the bell calls it back.</source>
        <translation>Офіціант чіпляє кожен чек на планку й іде далі; дзвіночок кличе його назад.</translation>
    </message>
    <message>
        <source>The loop&apos;s waiter hands slow jobs to helper waiters and keeps serving.</source>
        <translation>Офіціант циклу подій передає повільну роботу помічникам і далі обслуговує.</translation>
    </message>
    <message>
        <source>order in kitchen</source>
        <translation>замовлення на кухні</translation>
    </message>
    <message>
        <source>food ready</source>
        <translation>страва готова</translation>
    </message>
    <message>
        <source>waiter = worker</source>
        <translation>офіціант = виконавець (потік або процес)</translation>
    </message>
    <message>
        <source>bell = I/O done</source>
        <translation>дзвіночок = В/В завершено</translation>
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
        <translation>заблоковано: %1</translation>
    </message>
    <message>
        <source>core</source>
        <translation>ядро</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>await %1</source>
        <translation>await %1</translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation>віртуальний час</translation>
    </message>
    <message>
        <source>loop ticks</source>
        <translation>такти циклу</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>очікує (await)</translation>
    </message>
    <message>
        <source>GIL / core</source>
        <translation>GIL / ядро</translation>
    </message>
    <message>
        <source>at the kitchen</source>
        <translation>біля кухні</translation>
    </message>
    <message>
        <source>queueing for the pad</source>
        <translation>у черзі за блокнотом</translation>
    </message>
    <message>
        <source>taking orders</source>
        <translation>приймають замовлення</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (рядок %2)</translation>
    </message>
    <message>
        <source>line reached</source>
        <translation>рядок досягнуто</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>анотація</translation>
    </message>
    <message>
        <source>timeout armed</source>
        <translation>тайм-аут заведено</translation>
    </message>
    <message>
        <source>TimeoutError</source>
        <translation>TimeoutError</translation>
    </message>
    <message>
        <source>%1: %2 of %3 slots full (maxsize %3)</source>
        <translation>%1: зайнято %2 з %3 місць (maxsize %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 item(s) queued (no maxsize)</source>
        <translation>
            <numerusform>%1: %2 елемент у черзі (без maxsize)</numerusform>
            <numerusform>%1: %2 елементи в черзі (без maxsize)</numerusform>
            <numerusform>%1: %2 елементів у черзі (без maxsize)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 places taken</source>
        <translation>%1: зайнято %2 з %3 місць</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1: утримує %2</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: вільний</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting: %1</source>
        <translation>
            <numerusform>%n чекає: %1</numerusform>
            <numerusform>%n чекають: %1</numerusform>
            <numerusform>%n чекають: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cook)</source>
        <translation>%1 (кухар)</translation>
    </message>
    <message>
        <source>%1 (producer)</source>
        <translation>%1 (виробник)</translation>
    </message>
    <message>
        <source>timer (sleep)</source>
        <translation>таймер (sleep)</translation>
    </message>
    <message>
        <source>waiting on a timer (sleep)</source>
        <translation>чекає на таймер (sleep)</translation>
    </message>
    <message>
        <source>queue, lock or semaphore</source>
        <translation>черга, замок або семафор</translation>
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
        <translation>gather (групу задач)</translation>
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
        <translation>блокування `%1`</translation>
    </message>
    <message>
        <source>the semaphore `%1`</source>
        <translation>семафор `%1`</translation>
    </message>
    <message>
        <source>the queue `%1`</source>
        <translation>чергу `%1`</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>чекає на %1</translation>
    </message>
    <message>
        <source>work from its pool</source>
        <translation>роботу від свого пулу</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>is larger than %1 KB, the most a lesson file may hold; make it smaller</source>
        <translation>більший за %1 КБ, найбільший можливий розмір файлу уроку; зменште його</translation>
    </message>
    <message>
        <source>cannot be read (is it there?)</source>
        <translation>не вдається прочитати (чи він існує?)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>is not a regular file (it is a pipe, a device or a folder); put a text file of that name in its place</source>
        <translation>не є звичайним файлом (це канал, пристрій або тека); покладіть на його місце текстовий файл із такою назвою</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>не має назви</translation>
    </message>
    <message>
        <source>is an absolute path; a lesson names a file of its own folder by its name alone (copy the file into the folder and write &quot;%1&quot;)</source>
        <translation>є абсолютним шляхом; урок називає файл своєї теки лише на ім’я (скопіюйте файл у теку й напишіть &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>leads out of the lesson folder (&quot;..&quot;); copy the file into the folder and write &quot;%1&quot;</source>
        <translation>виводить за межі теки уроку (&quot;..&quot;); скопіюйте файл у теку й напишіть &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a plain file name; write &quot;%1&quot;</source>
        <translation>не є простою назвою файлу; напишіть &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is in a sub-folder; a lesson&apos;s files sit in the lesson folder itself (move it there and write &quot;%1&quot;)</source>
        <translation>лежить у вкладеній теці; файли уроку лежать у самій теці уроку (перенесіть його туди й напишіть &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is a link to %1, which is not there; copy the file into the folder instead</source>
        <translation>є посиланням на %1, якого немає; натомість скопіюйте файл у теку</translation>
    </message>
    <message>
        <source>is a link to %1, outside the lesson folder; copy the file into the folder instead</source>
        <translation>є посиланням на %1, поза текою уроку; натомість скопіюйте файл у теку</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>%1 is missing (it needs a text for en, pt_BR and uk)</source>
        <translation>%1 відсутній (потрібен текст для en, pt_BR і uk)</translation>
    </message>
    <message>
        <source>%1 must be an object of texts by language</source>
        <translation>%1 має бути об’єктом текстів за мовами</translation>
    </message>
    <message>
        <source>%1 has no English (en) text</source>
        <translation>%1 не має тексту англійською (en)</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>не є коректним JSON: %1</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>має містити один об’єкт JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>відсутній &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the folder is named &quot;%2&quot;; they must match</source>
        <translation>&quot;id&quot; — &quot;%1&quot;, але тека називається &quot;%2&quot;; вони мають збігатися</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation>&quot;order&quot; має бути числом</translation>
    </message>
    <message>
        <source>&quot;view&quot; is &quot;%1&quot;; it must be one of %2</source>
        <translation>&quot;view&quot; — &quot;%1&quot;; має бути одним із %2</translation>
    </message>
    <message>
        <source>&quot;scripts&quot; must list at least one script</source>
        <translation>&quot;scripts&quot; має містити щонайменше один скрипт</translation>
    </message>
    <message>
        <source>the label of script &quot;%1&quot;</source>
        <translation>назва скрипту &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a script has no &quot;file&quot;</source>
        <translation>у скрипту немає &quot;file&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has type &quot;%2&quot;; it must be int, float or bool</source>
        <translation>параметр &quot;%1&quot; має тип &quot;%2&quot;; дозволено int, float або bool</translation>
    </message>
    <message>
        <source>the label of parameter &quot;%1&quot;</source>
        <translation>назва параметра &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no &quot;default&quot;</source>
        <translation>параметр &quot;%1&quot; не має &quot;default&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default %2 is outside [%3, %4]</source>
        <translation>параметр &quot;%1&quot;: типове значення %2 поза межами [%3, %4]</translation>
    </message>
    <message>
        <source>a narration step has no &quot;id&quot;</source>
        <translation>крок розповіді не має &quot;id&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; names script &quot;%2&quot;, which is not in &quot;scripts&quot;</source>
        <translation>крок розповіді &quot;%1&quot; називає скрипт &quot;%2&quot;, якого немає в &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a taskDone trigger needs &quot;task&quot;</source>
        <translation>крок розповіді &quot;%1&quot;: тригеру taskDone потрібен &quot;task&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a time trigger needs &quot;seconds&quot; (0 or more)</source>
        <translation>крок розповіді &quot;%1&quot;: тригеру часу потрібні &quot;seconds&quot; (0 або більше)</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; has trigger kind &quot;%2&quot;; it must be one of start, line, taskDone, time, key</source>
        <translation>крок розповіді &quot;%1&quot; має тригер виду &quot;%2&quot;; дозволено start, line, taskDone, time, key</translation>
    </message>
    <message>
        <source>the prompt of question &quot;%1&quot;</source>
        <translation>текст запитання &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;before&quot; must name one of the scripts</source>
        <translation>запитання &quot;%1&quot;: &quot;before&quot; має називати один зі скриптів</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has measure &quot;%2&quot;; it must be one of totalTime, peakMemory, workers, firstDone</source>
        <translation>запитання &quot;%1&quot; має міру &quot;%2&quot;; дозволено totalTime, peakMemory, workers, firstDone</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be %3</source>
        <translation>запитання &quot;%1&quot;, варіант &quot;%2&quot;: &quot;value&quot; має бути %3</translation>
    </message>
    <message>
        <source>a task name</source>
        <translation>назвою задачі</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>the text of choice &quot;%1&quot;</source>
        <translation>текст варіанта &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; needs at least two choices</source>
        <translation>запитанню &quot;%1&quot; потрібно щонайменше два варіанти</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;correct&quot; must be the id of one of its choices</source>
        <translation>запитання &quot;%1&quot;: &quot;correct&quot; має бути id одного з його варіантів</translation>
    </message>
    <message>
        <source>is missing; it must tell every narration step</source>
        <translation>відсутній; він має містити кожен крок розповіді</translation>
    </message>
    <message>
        <source>has no section &quot;## %1&quot; for narration step &quot;%1&quot;</source>
        <translation>не має розділу &quot;## %1&quot; для кроку розповіді &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing: every lesson folder needs one</source>
        <translation>відсутній: він потрібен кожній теці уроку</translation>
    </message>
    <message>
        <source>%1 has a text in &quot;%2&quot;, which is not a lesson language</source>
        <translation>%1 має текст мовою &quot;%2&quot;, якої немає серед мов уроків</translation>
    </message>
    <message>
        <source>%1 has no %2 text</source>
        <translation>%1 не має тексту мовою %2</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>має невідоме поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>&quot;order&quot; має бути цілим числом</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false</source>
        <translation>&quot;compare&quot; має бути true або false</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; is listed twice</source>
        <translation>скрипт &quot;%1&quot; вказано двічі</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; must be a .py file in the lesson folder</source>
        <translation>скрипт &quot;%1&quot; має бути файлом .py у теці уроку</translation>
    </message>
    <message>
        <source>is not listed in lesson.json&apos;s &quot;scripts&quot;</source>
        <translation>не вказано в &quot;scripts&quot; файлу lesson.json</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must have type &quot;%2&quot;</source>
        <translation>параметр &quot;%1&quot; має бути типу &quot;%2&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the range [%2, %3] goes beyond what the machine allows, [%4, %5]</source>
        <translation>параметр &quot;%1&quot;: діапазон [%2, %3] виходить за межі того, що дозволяє машина, [%4, %5]</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is listed twice</source>
        <translation>параметр &quot;%1&quot; вказано двічі</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be an UPPER_CASE constant or one of %2</source>
        <translation>параметр &quot;%1&quot; має бути константою ВЕЛИКИМИ літерами або одним із %2</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: no script assigns %1 at its top level, so the parameter would change nothing</source>
        <translation>параметр &quot;%1&quot;: жоден скрипт не присвоює %1 на верхньому рівні, тож параметр нічого б не змінив</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be true or false</source>
        <translation>параметр &quot;%1&quot;: типове значення має бути true або false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a whole number</source>
        <translation>параметр &quot;%1&quot;: типове значення має бути цілим числом</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;step&quot; must be a positive number</source>
        <translation>параметр &quot;%1&quot;: &quot;step&quot; має бути додатним числом</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: %2 has %3 lines, not %4</source>
        <translation>крок розповіді &quot;%1&quot;: %2 має %3 рядків, а не %4</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: line %2 of %3 has no code, so no task reaches it</source>
        <translation>крок розповіді &quot;%1&quot;: рядок %2 файлу %3 не містить коду, тож жодне завдання його не досягне</translation>
    </message>
    <message>
        <source>&quot;narration&quot; must tell at least one step</source>
        <translation>&quot;narration&quot; має містити щонайменше один крок</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: an id is lower-case words joined by &quot;-&quot;</source>
        <translation>крок розповіді &quot;%1&quot;: id — це слова малими літерами, з’єднані &quot;-&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; is listed twice</source>
        <translation>крок розповіді &quot;%1&quot; вказано двічі</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a %2 trigger has no &quot;%3&quot;</source>
        <translation>крок розповіді &quot;%1&quot;: тригер %2 не має &quot;%3&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: choice &quot;%2&quot; is listed twice</source>
        <translation>питання &quot;%1&quot;: варіант &quot;%2&quot; вказано двічі</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be 0 or more</source>
        <translation>питання &quot;%1&quot;, варіант &quot;%2&quot;: &quot;value&quot; має бути 0 або більше</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: another choice has the same value</source>
        <translation>питання &quot;%1&quot;, варіант &quot;%2&quot;: інший варіант має те саме значення</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is listed twice</source>
        <translation>питання &quot;%1&quot; вказано двічі</translation>
    </message>
    <message>
        <source>has a section &quot;## %1&quot; but no narration step &quot;%1&quot; in lesson.json</source>
        <translation>має розділ &quot;## %1&quot;, але в lesson.json немає кроку розповіді &quot;%1&quot;</translation>
    </message>
    <message>
        <source>section &quot;## %1&quot; is empty</source>
        <translation>розділ &quot;## %1&quot; порожній</translation>
    </message>
    <message>
        <source>is in &quot;%1&quot;, which is not a lesson language (en, pt_BR, uk)</source>
        <translation>написано мовою &quot;%1&quot;, якої немає серед мов уроків (en, pt_BR, uk)</translation>
    </message>
    <message>
        <source>&quot;order&quot; %1 is also the order of lesson &quot;%2&quot;</source>
        <translation>&quot;order&quot; %1 також є порядком уроку &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;view&quot; is missing; it must be one of %1</source>
        <translation>&quot;view&quot; відсутній; має бути одним із %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</source>
        <translation>параметр &quot;%1&quot; потребує &quot;min&quot; і &quot;max&quot;</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true або false</translation>
    </message>
    <message>
        <source>a text (&quot;%1&quot;)</source>
        <translation>текст (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}), not %2</source>
        <translation>%1 має бути об’єктом ({...}), а не: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text in quotes, not %3</source>
        <translation>%1: &quot;%2&quot; має бути текстом у лапках, а не: %3</translation>
    </message>
    <message>
        <source>%1: the %2 text must be a text in quotes, not %3</source>
        <translation>%1: текст мовою %2 має бути текстом у лапках, а не: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; має бути списком, а не: %2</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>урок</translation>
    </message>
    <message>
        <source>an entry of &quot;scripts&quot;</source>
        <translation>елемент &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; %2</source>
        <translation>скрипт &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is listed in lesson.json but cannot be read (is it there?)</source>
        <translation>є в lesson.json, але його не вдається прочитати (чи він існує?)</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be a number, not %3</source>
        <translation>параметр &quot;%1&quot;: &quot;%2&quot; має бути числом, а не: %3</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a number, not %2%3</source>
        <translation>параметр &quot;%1&quot;: типове значення має бути числом, а не: %2%3</translation>
    </message>
    <message>
        <source>; write it without quotes</source>
        <translation>; напишіть його без лапок</translation>
    </message>
    <message>
        <source>an entry of &quot;parameters&quot;</source>
        <translation>елемент &quot;parameters&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>параметр &quot;%1&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a line trigger needs &quot;line&quot;, a whole number from 1</source>
        <translation>крок розповіді &quot;%1&quot;: тригеру рядка потрібен &quot;line&quot;, ціле число від 1</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;</source>
        <translation>крок розповіді &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;narration&quot;</source>
        <translation>елемент &quot;narration&quot;</translation>
    </message>
    <message>
        <source>the &quot;trigger&quot; of narration step &quot;%1&quot;</source>
        <translation>&quot;trigger&quot; кроку розповіді &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a choice of question &quot;%1&quot;</source>
        <translation>варіант запитання &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;questions&quot;</source>
        <translation>елемент &quot;questions&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>запитання &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;choices&quot; must be a list, not %2</source>
        <translation>запитання &quot;%1&quot;: &quot;choices&quot; має бути списком, а не: %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is the id of a built-in lesson, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; — це id вбудованого уроку, тому цю теку не завантажено; дайте їй власні id і назву теки</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is also the id of the lesson in %2, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; також є id уроку в %2, тому цю теку не завантажено; дайте їй власні id і назву теки</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;grows&quot; must give a number per parameter</source>
        <translation>запитання &quot;%1&quot;, варіант &quot;%2&quot;: &quot;grows&quot; має давати число для кожного параметра</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>raise it with the setting budgets/%1 in %2</source>
        <translation>збільште його налаштуванням budgets/%1 у %2</translation>
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
        <translation>%1: CancelledError кинуто тут</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: попередження: %2</translation>
    </message>
    <message>
        <source>%1: the timeout ran out: TimeoutError</source>
        <translation>%1: час очікування вичерпано: TimeoutError</translation>
    </message>
    <message>
        <source>%1: awaits here the coroutine it calls</source>
        <translation>%1: тут чекає (await) на корутину, яку викликає</translation>
    </message>
</context>
<context>
    <name>coroscope::CodePanel</name>
    <message>
        <source>Reset to original</source>
        <translation>Повернути оригінал</translation>
    </message>
    <message>
        <source>Throw away your edits to this script and restore the lesson&apos;s own</source>
        <translation>Відкинути ваші зміни в цьому скрипті й повернути скрипт уроку</translation>
    </message>
    <message>
        <source>Show script %1: %2</source>
        <translation>Показати скрипт %1: %2</translation>
    </message>
</context>
<context>
    <name>coroscope::CompareView</name>
    <message>
        <source>This lesson compares no scripts. Lessons with &quot;compare&quot; show their scripts here, one above the other.</source>
        <translation>Цей урок не порівнює скрипти. Уроки з &quot;compare&quot; показують тут свої скрипти один над одним.</translation>
    </message>
    <message>
        <source>This script did not run.</source>
        <translation>Цей скрипт не виконувався.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>усього %1</translation>
    </message>
    <message>
        <source>peak memory %1</source>
        <translation>пікова пам’ять %1</translation>
    </message>
    <message>
        <source>workers %1</source>
        <translation>виконавці %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… і ще %1</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogView</name>
    <message>
        <source>Only the selected task</source>
        <translation>Лише вибрана задача</translation>
    </message>
    <message>
        <source>List only the events of the task selected in any view</source>
        <translation>Показувати лише події задачі, вибраної в будь-якому поданні</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonList</name>
    <message>
        <source>%1 (cannot be loaded)</source>
        <translation>%1 (не вдається завантажити)</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonSession</name>
    <message>
        <source>Your edit of %1 could not be saved (%2); it is kept until Coroscope is closed.</source>
        <translation>Не вдалося зберегти вашу правку %1 (%2); її збережено в пам’яті, доки Coroscope не закрито.</translation>
    </message>
</context>
<context>
    <name>coroscope::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
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
        <translation>Ресторан</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Waiters are workers, tables are clients, the kitchen is I/O (Ctrl+1)</source>
        <translation>Офіціанти — виконавці, столики — клієнти, кухня — введення-виведення (Ctrl+1)</translation>
    </message>
    <message>
        <source>The lesson&apos;s scripts on one time axis (Ctrl+2)</source>
        <translation>Скрипти уроку на одній осі часу (Ctrl+2)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Часова шкала</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Розповідь</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Параметри</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Журнал подій</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Вивід</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Відтворення</translation>
    </message>
    <message>
        <source>About Coroscope</source>
        <translation>Про Coroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;See concurrency happen: Python&apos;s asyncio, threads and processes on a simulated machine, drawn as they run.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;Побачте конкурентність у дії: asyncio, потоки й процеси Python на змодельованій машині, намальовані під час виконання.&lt;/p&gt;&lt;p&gt;Ліцензія MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Виконати</translation>
    </message>
    <message>
        <source>Check the script and run it again with the current parameters</source>
        <translation>Перевірити скрипт і виконати його знову з поточними параметрами</translation>
    </message>
    <message>
        <source>Reset to &amp;original</source>
        <translation>Повернути &amp;оригінал</translation>
    </message>
    <message>
        <source>Throw away your edits and restore the lesson&apos;s script</source>
        <translation>Відкинути ваші зміни й повернути скрипт уроку</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Наступний урок</translation>
    </message>
    <message>
        <source>Open the next lesson</source>
        <translation>Відкрити наступний урок</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Попередній урок</translation>
    </message>
    <message>
        <source>Open the previous lesson</source>
        <translation>Відкрити попередній урок</translation>
    </message>
    <message>
        <source>&amp;Ask the question again</source>
        <translation>Поставити &amp;запитання знову</translation>
    </message>
    <message>
        <source>Put the predict-first question again and restart</source>
        <translation>Знову поставити запитання «спершу передбач» і почати спочатку</translation>
    </message>
    <message>
        <source>Play or pause; at a narration step, go on</source>
        <translation>Відтворити або призупинити; на кроці розповіді — продовжити</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Крок &amp;уперед</translation>
    </message>
    <message>
        <source>One event forward, at a narration step too</source>
        <translation>На одну подію вперед, також на кроці розповіді</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Крок &amp;назад</translation>
    </message>
    <message>
        <source>One event back</source>
        <translation>На одну подію назад</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Спочатку</translation>
    </message>
    <message>
        <source>Back to the start of the run</source>
        <translation>Повернутися на початок виконання</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Повільніше</translation>
    </message>
    <message>
        <source>Halve the playback speed</source>
        <translation>Зменшити швидкість відтворення</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Швидше</translation>
    </message>
    <message>
        <source>Double the playback speed</source>
        <translation>Збільшити швидкість відтворення</translation>
    </message>
    <message>
        <source>&amp;Next (clicker)</source>
        <translation>&amp;Далі (клікер)</translation>
    </message>
    <message>
        <source>Go on past a narration step, else one event forward</source>
        <translation>Пройти крок розповіді, інакше — на одну подію вперед</translation>
    </message>
    <message>
        <source>Pre&amp;vious (clicker)</source>
        <translation>&amp;Назад (клікер)</translation>
    </message>
    <message>
        <source>Lanes by &amp;worker</source>
        <translation>Доріжки за &amp;виконавцями</translation>
    </message>
    <message>
        <source>One lane per worker (loop, thread, process) instead of per task</source>
        <translation>Одна доріжка на виконавця (цикл, потік, процес), а не на задачу</translation>
    </message>
    <message>
        <source>Loop &amp;ticks axis</source>
        <translation>Вісь &amp;тактів циклу</translation>
    </message>
    <message>
        <source>Space events by loop ticks, so steps that take no time show</source>
        <translation>Розставити події за тактами циклу, щоб було видно кроки, які не займають часу</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation>Збільшити масштаб часової шкали</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Зменшити</translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation>Зменшити масштаб часової шкали</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Умістити все</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Показати все виконання</translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation>&amp;Стрілки</translation>
    </message>
    <message>
        <source>Show spawn, await, wake-up and cancel arrows</source>
        <translation>Показувати стрілки створення, await, пробудження та скасування</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Ресторан</translation>
    </message>
    <message>
        <source>Show the restaurant</source>
        <translation>Показати ресторан</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Порівняння</translation>
    </message>
    <message>
        <source>Show the comparison of the lesson&apos;s scripts</source>
        <translation>Показати порівняння скриптів уроку</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Режим &amp;доповідача</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast, for a projector</source>
        <translation>Повний екран, великий шрифт, висока контрастність — для проєктора</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Скинути &amp;розкладку</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Повернути кожну панель на її початкове місце</translation>
    </message>
    <message>
        <source>Export view as &amp;PNG…</source>
        <translation>Експортувати подання як &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the view under the mouse, or the restaurant, as a PNG picture</source>
        <translation>Зберегти подання під курсором миші або ресторан як зображення PNG</translation>
    </message>
    <message>
        <source>Export view as &amp;SVG…</source>
        <translation>Експортувати подання як &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the view as an SVG drawing</source>
        <translation>Зберегти подання як рисунок SVG</translation>
    </message>
    <message>
        <source>Export &amp;Chrome trace…</source>
        <translation>Експортувати &amp;трасу Chrome…</translation>
    </message>
    <message>
        <source>Save the run as JSON for Perfetto or chrome://tracing</source>
        <translation>Зберегти виконання як JSON для Perfetto або chrome://tracing</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Close Coroscope</source>
        <translation>Закрити Coroscope</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Показати всі скорочення</translation>
    </message>
    <message>
        <source>&amp;About Coroscope</source>
        <translation>&amp;Про Coroscope</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Версія та ліцензія</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Урок</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Відтворення</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>&amp;Панелі</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>Показати або сховати панель «%1» (%2)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Висококонтрастна</translation>
    </message>
    <message>
        <source>Use the %1 theme (%2)</source>
        <translation>Використати тему «%1» (%2)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Мова системи (%1)</translation>
    </message>
    <message>
        <source>Show Coroscope and its lessons in this language (%1)</source>
        <translation>Показувати Coroscope та його уроки цією мовою (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Export view as SVG</source>
        <translation>Експортувати подання як SVG</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Експортувати подання як PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>Run the script first: there is no trace to export.</source>
        <translation>Спершу виконайте скрипт: немає траси для експорту.</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Експортувати трасу Chrome</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Траса Chrome у JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 (open it in Perfetto)</source>
        <translation>Збережено %1 (відкрийте в Perfetto)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Уроків не знайдено</translation>
    </message>
    <message>
        <source>Lessons are folders with a lesson.json; put one in %1.</source>
        <translation>Уроки — це теки з lesson.json; покладіть таку в %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, рядок %2, стовпець %3: %4</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Виконується %1…</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, рядок %2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>Вибрано %1</translation>
    </message>
    <message>
        <source>To the &amp;end</source>
        <translation>До &amp;кінця</translation>
    </message>
    <message>
        <source>Jump to the end of the run</source>
        <translation>Перейти в кінець виконання</translation>
    </message>
    <message>
        <source>Script &amp;%1: %2</source>
        <translation>Скрипт &amp;%1: %2</translation>
    </message>
    <message>
        <source>Script %1</source>
        <translation>Скрипт %1</translation>
    </message>
    <message>
        <source>Show and play this script of the lesson</source>
        <translation>Показати й відтворити цей скрипт уроку</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Зупинити</translation>
    </message>
    <message>
        <source>End the runs still going at once; what they did stays shown</source>
        <translation>Негайно завершити виконання, що ще тривають; те, що вони зробили, лишається на екрані</translation>
    </message>
    <message>
        <source>Press Run (%1) to run this script and see what it does.</source>
        <translation>Натисніть «Виконати» (%1), щоб виконати цей скрипт і побачити, що він робить.</translation>
    </message>
</context>
<context>
    <name>coroscope::NarrationPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>press Space or Page Down to go on</source>
        <translation>натисніть Пробіл або Page Down, щоб продовжити</translation>
    </message>
    <message>
        <source>Press Space to play, → to step one event.</source>
        <translation>Натисніть Пробіл, щоб відтворити, → — щоб перейти на одну подію.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Go on with the run (Space or Page Down)</source>
        <translation>Продовжити виконання (Пробіл або Page Down)</translation>
    </message>
</context>
<context>
    <name>coroscope::ParametersPanel</name>
    <message>
        <source>This lesson has no parameters.</source>
        <translation>Цей урок не має параметрів.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Типові</translation>
    </message>
    <message>
        <source>Put every parameter back to the lesson&apos;s value</source>
        <translation>Повернути кожен параметр до значення уроку</translation>
    </message>
</context>
<context>
    <name>coroscope::PredictCard</name>
    <message>
        <source>Predict first</source>
        <translation>Спершу передбачте</translation>
    </message>
    <message>
        <source>Press %1</source>
        <translation>Натисніть %1</translation>
    </message>
    <message>
        <source>Choose an answer (1–%1), then watch the run. Esc skips the question.</source>
        <translation>Виберіть відповідь (1–%1), а тоді дивіться виконання. Esc пропускає запитання.</translation>
    </message>
    <message>
        <source>You predicted it</source>
        <translation>Ви передбачили</translation>
    </message>
    <message>
        <source>The run says otherwise</source>
        <translation>Виконання каже інше</translation>
    </message>
    <message>
        <source>The run measured &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Виконання виміряло &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>без відповіді</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Ваша відповідь: %1</translation>
    </message>
    <message>
        <source>The run&apos;s answer: %1</source>
        <translation>Відповідь виконання: %1</translation>
    </message>
    <message>
        <source>(The lesson expected %1.)</source>
        <translation>(Урок очікував %1.)</translation>
    </message>
    <message>
        <source>Press Esc or click to close.</source>
        <translation>Натисніть Esc або клацніть, щоб закрити.</translation>
    </message>
</context>
<context>
    <name>coroscope::PresenterWindow</name>
    <message>
        <source>Coroscope — presenter</source>
        <translation>Coroscope — доповідач</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Ресторан</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Часова шкала</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>По&amp;рівняння</translation>
    </message>
    <message>
        <source>Code &amp;and restaurant</source>
        <translation>Код &amp;і ресторан</translation>
    </message>
    <message>
        <source>Code a&amp;nd timeline</source>
        <translation>Код і ча&amp;сова шкала</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Затемнити екран</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Більший текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Менший текст</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Звичайний розмір тексту</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>&amp;Світла тема</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Темна тема</translation>
    </message>
    <message>
        <source>&amp;High contrast theme</source>
        <translation>&amp;Висококонтрастна тема</translation>
    </message>
    <message>
        <source>L&amp;eave presenter mode</source>
        <translation>&amp;Вийти з режиму презентації</translation>
    </message>
    <message>
        <source>Views, text size, theme (or right-click)</source>
        <translation>Види, розмір тексту, тема (або клацніть правою кнопкою)</translation>
    </message>
    <message>
        <source>1–6 views · B blank · Ctrl+/− text · Esc leave</source>
        <translation>1–6 види · B затемнити · Ctrl+/− текст · Esc вийти</translation>
    </message>
</context>
<context>
    <name>coroscope::RestaurantView</name>
    <message>
        <source>served by task %1</source>
        <translation>обслуговує задача %1</translation>
    </message>
</context>
<context>
    <name>coroscope::RunProgress</name>
    <message>
        <source>Running… %1 s</source>
        <translation>Виконується… %1 с</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scripts… %1 s</source>
        <translation>
            <numerusform>Виконується %n скрипт… %1 с</numerusform>
            <numerusform>Виконуються %n скрипти… %1 с</numerusform>
            <numerusform>Виконується %n скриптів… %1 с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coroscope::Settings</name>
    <message>
        <source>The settings file %1 could not be read and could not be moved away; Coroscope starts with its defaults and may not keep your settings.</source>
        <translation>Не вдалося прочитати файл налаштувань %1 і не вдалося його перемістити; Coroscope запускається з типовими значеннями і може не зберегти ваших налаштувань.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; it was set aside as %2 and Coroscope starts with its defaults.</source>
        <translation>Не вдалося прочитати файл налаштувань %1; його відкладено як %2, і Coroscope запускається з типовими значеннями.</translation>
    </message>
</context>
<context>
    <name>coroscope::TimelineView</name>
    <message>
        <source>The timeline appears here when the lesson&apos;s script runs.</source>
        <translation>Часова шкала з’явиться тут, коли виконається скрипт уроку.</translation>
    </message>
    <message>
        <source>This run takes no virtual time: switch the axis to loop ticks (T) to see each step.</source>
        <translation>Це виконання не займає віртуального часу: перемкніть вісь на такти циклу (T), щоб побачити кожен крок.</translation>
    </message>
    <message>
        <source>(idle)</source>
        <translation>(без діла)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>from %1 for %2</source>
        <translation>від %1 протягом %2</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(поки що)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>задача %1: %2</translation>
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
        <translation>подія %1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>Playback speed, in virtual seconds per second ([ slower, ] faster)</source>
        <translation>Швидкість відтворення у віртуальних секундах за секунду ([ повільніше, ] швидше)</translation>
    </message>
    <message>
        <source>Drag to move through the run</source>
        <translation>Перетягніть, щоб рухатися виконанням</translation>
    </message>
    <message>
        <source>Virtual time at the playhead</source>
        <translation>Віртуальний час у точці відтворення</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Play every script of every lesson through its narration in presenter mode, unattended, and the catalogue again after the last lesson (a kiosk, a long test run).</source>
        <translation>Відтворювати кожен скрипт кожного уроку з його розповіддю в режимі доповідача, без участі людини, і знову весь каталог після останнього уроку (кіоск, тривала перевірка).</translation>
    </message>
    <message>
        <source>With --autoplay: rewrite FILE every second with what is playing, so that a watcher can tell the app is responsive.</source>
        <translation>З --autoplay: щосекунди перезаписувати FILE тим, що зараз відтворюється, щоб спостерігач бачив, що застосунок відповідає.</translation>
    </message>
</context>
</TS>
