<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>EditStore</name>
    <message>
        <source>it is not a plain file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>it is larger than %1 KB</source>
        <translation>é maior que %1 KB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2); it was set aside as %3 and the lesson&apos;s script is shown instead.</source>
        <translation>Não foi possível ler sua edição %1 (%2); ela foi guardada à parte como %3 e o script da lição é mostrado no lugar.</translation>
    </message>
    <message>
        <source>Your edit %1 could not be read (%2) and is ignored; move it away to edit the script again.</source>
        <translation>Não foi possível ler sua edição %1 (%2) e ela é ignorada; mova-a para outro lugar para editar o script de novo.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Drawn by Coroscope</source>
        <translation>Desenhado pelo Coroscope</translation>
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
        <translation>não iniciada</translation>
    </message>
    <message>
        <source>running</source>
        <translation>executando</translation>
    </message>
    <message>
        <source>computing (CPU)</source>
        <translation>calculando (CPU)</translation>
    </message>
    <message>
        <source>ready, waiting for the loop</source>
        <translation>pronta, esperando o laço de eventos</translation>
    </message>
    <message>
        <source>waiting on I/O</source>
        <translation>esperando E/S</translation>
    </message>
    <message>
        <source>waiting on a timer</source>
        <translation>esperando um temporizador</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>queued for the GIL or a core</source>
        <translation>na fila pelo GIL ou por um núcleo</translation>
    </message>
    <message>
        <source>starting up</source>
        <translation>inicializando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>gave way (sleep 0)</source>
        <translation>cedeu a vez (sleep 0)</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>temporizador</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <source>another task</source>
        <translation>outra tarefa</translation>
    </message>
    <message>
        <source>a lock</source>
        <translation>um lock</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>um Event</translation>
    </message>
    <message>
        <source>a queue</source>
        <translation>uma fila</translation>
    </message>
    <message>
        <source>the GIL</source>
        <translation>o GIL</translation>
    </message>
    <message>
        <source>a free core</source>
        <translation>um núcleo livre</translation>
    </message>
    <message>
        <source>an executor</source>
        <translation type="vanished">um executor</translation>
    </message>
    <message>
        <source>a blocking call</source>
        <translation>uma chamada bloqueante</translation>
    </message>
    <message>
        <source>CPU work</source>
        <translation>trabalho de CPU</translation>
    </message>
    <message>
        <source>another thread to end</source>
        <translation>o fim de outra thread</translation>
    </message>
    <message>
        <source>interpreter start-up</source>
        <translation>inicialização do interpretador</translation>
    </message>
    <message>
        <source>no client yet</source>
        <translation>ainda sem cliente</translation>
    </message>
    <message>
        <source>waiting to order</source>
        <translation>esperando para pedir</translation>
    </message>
    <message>
        <source>ordering</source>
        <translation>fazendo o pedido</translation>
    </message>
    <message>
        <source>order in the kitchen</source>
        <translation>pedido na cozinha</translation>
    </message>
    <message>
        <source>food ready, waiting for the waiter</source>
        <translation>prato pronto, esperando o garçom</translation>
    </message>
    <message>
        <source>served</source>
        <translation>servido</translation>
    </message>
    <message>
        <source>left (cancelled)</source>
        <translation>foi embora (cancelado)</translation>
    </message>
    <message>
        <source>burnt (failed)</source>
        <translation>queimou (falhou)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <source>taking an order</source>
        <translation>anotando um pedido</translation>
    </message>
    <message>
        <source>computing</source>
        <translation>calculando</translation>
    </message>
    <message>
        <source>stuck at the kitchen (blocking call)</source>
        <translation>preso na cozinha (chamada bloqueante)</translation>
    </message>
    <message>
        <source>queueing for the order pad</source>
        <translation>na fila pelo bloco de pedidos</translation>
    </message>
    <message>
        <source>opening the room</source>
        <translation>abrindo o salão</translation>
    </message>
    <message>
        <source>waiting for another waiter</source>
        <translation>esperando outro garçom</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>saiu</translation>
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
        <translation>criação</translation>
    </message>
    <message>
        <source>run</source>
        <translation>execução</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>retenção</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>retomada</translation>
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
        <translation>aviso</translation>
    </message>
    <message>
        <source>worker start</source>
        <translation>início do worker</translation>
    </message>
    <message>
        <source>worker exit</source>
        <translation>fim do worker</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>Main process</source>
        <translation>Processo principal</translation>
    </message>
    <message>
        <source>Dining room</source>
        <translation>Salão</translation>
    </message>
    <message>
        <source>Sync: one waiter, one table at a time</source>
        <translation>Síncrono: um garçom, uma mesa por vez</translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s) sharing one order pad</source>
        <translation>
            <numerusform>Threads: %n garçom com o bloco de pedidos</numerusform>
            <numerusform>Threads: %n garçons dividindo um bloco de pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threads: %n waiter(s)</source>
        <translation>
            <numerusform>Threads: %n garçom</numerusform>
            <numerusform>Threads: %n garçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processes: %n dining room(s), each with its own kitchen</source>
        <translation>
            <numerusform>Processos: %n salão com cozinha própria</numerusform>
            <numerusform>Processos: %n salões, cada um com sua cozinha</numerusform>
        </translation>
    </message>
    <message>
        <source>Async: one waiter, many tables</source>
        <translation>Assíncrono: um garçom, muitas mesas</translation>
    </message>
    <message numerus="yes">
        <source>Async with helpers: the loop and %n more waiter(s)</source>
        <translation>
            <numerusform>Assíncrono com ajudantes: o laço e mais %n garçom</numerusform>
            <numerusform>Assíncrono com ajudantes: o laço e mais %n garçons</numerusform>
        </translation>
    </message>
    <message>
        <source>The restaurant appears here when the lesson&apos;s script runs.</source>
        <translation>O restaurante aparece aqui quando o script da lição roda.</translation>
    </message>
    <message>
        <source>not open yet</source>
        <translation>ainda fechado</translation>
    </message>
    <message>
        <source>opening: the interpreter starts</source>
        <translation>abrindo: o interpretador inicializa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
    <message>
        <source>KITCHEN (I/O)</source>
        <translation>COZINHA (E/S)</translation>
    </message>
    <message>
        <source>order pad (GIL)</source>
        <translation>bloco de pedidos (GIL)</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>memória %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), grouped by what they are doing</source>
        <translation>
            <numerusform>%n mesa, agrupada pelo que está fazendo</numerusform>
            <numerusform>%n mesas, agrupadas pelo que estão fazendo</numerusform>
        </translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloqueante</translation>
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
        <translation>O laço está bloqueado: todas as mesas esperam</translation>
    </message>
    <message>
        <source>A blocking call holds the loop&apos;s only waiter at the kitchen.</source>
        <translation>Uma chamada bloqueante prende na cozinha o único garçom do laço.</translation>
    </message>
    <message>
        <source>The waiter takes each order to the kitchen and waits there until it is ready.</source>
        <translation>O garçom leva cada pedido à cozinha e espera lá até ficar pronto.</translation>
    </message>
    <message>
        <source>Only the waiter holding the pad (the GIL) may write; waiting in the kitchen frees it.</source>
        <translation>Só o garçom com o bloco (o GIL) pode escrever; esperar na cozinha o libera.</translation>
    </message>
    <message>
        <source>Each thread is a waiter; waiting in the kitchen holds only that waiter.</source>
        <translation>Cada thread é um garçom; esperar na cozinha prende só aquele garçom.</translation>
    </message>
    <message>
        <source>Each process has its own waiter, kitchen, pad and memory, and takes time to open.</source>
        <translation>Cada processo tem seu garçom, cozinha, bloco e memória, e leva tempo para abrir.</translation>
    </message>
    <message>
        <source>The waiter drops each ticket on the rail and goes on; the bell calls it back.</source>
        <translation>O garçom pendura cada comanda no trilho e segue; a campainha o chama de volta.</translation>
    </message>
    <message>
        <source>The loop&apos;s waiter hands slow jobs to helper waiters and keeps serving.</source>
        <translation>O garçom do laço passa o trabalho lento a garçons ajudantes e continua servindo.</translation>
    </message>
    <message>
        <source>order in kitchen</source>
        <translation>pedido na cozinha</translation>
    </message>
    <message>
        <source>food ready</source>
        <translation>prato pronto</translation>
    </message>
    <message>
        <source>waiter = worker</source>
        <translation>garçom = trabalhador (thread ou processo)</translation>
    </message>
    <message>
        <source>bell = I/O done</source>
        <translation>campainha = E/S concluída</translation>
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
        <translation>bloqueada: %1</translation>
    </message>
    <message>
        <source>core</source>
        <translation>núcleo</translation>
    </message>
    <message>
        <source>start-up</source>
        <translation>inicialização</translation>
    </message>
    <message>
        <source>await %1</source>
        <translation>await %1</translation>
    </message>
    <message>
        <source>virtual time</source>
        <translation>tempo virtual</translation>
    </message>
    <message>
        <source>loop ticks</source>
        <translation>ticks do laço</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>GIL / core</source>
        <translation>GIL / núcleo</translation>
    </message>
    <message>
        <source>at the kitchen</source>
        <translation>na cozinha</translation>
    </message>
    <message>
        <source>queueing for the pad</source>
        <translation>na fila pelo bloco</translation>
    </message>
    <message>
        <source>taking orders</source>
        <translation>anotando pedidos</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linha %2)</translation>
    </message>
    <message>
        <source>line reached</source>
        <translation>linha alcançada</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotação</translation>
    </message>
    <message>
        <source>timeout armed</source>
        <translation>prazo armado</translation>
    </message>
    <message>
        <source>TimeoutError</source>
        <translation>TimeoutError</translation>
    </message>
    <message>
        <source>%1: %2 of %3 slots full (maxsize %3)</source>
        <translation>%1: %2 de %3 vagas ocupadas (maxsize %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 item(s) queued (no maxsize)</source>
        <translation>
            <numerusform>%1: %2 item na fila (sem maxsize)</numerusform>
            <numerusform>%1: %2 itens na fila (sem maxsize)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 places taken</source>
        <translation>%1: %2 de %3 lugares ocupados</translation>
    </message>
    <message>
        <source>%1: held by %2</source>
        <translation>%1: com %2</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: livre</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting: %1</source>
        <translation>
            <numerusform>%n esperando: %1</numerusform>
            <numerusform>%n esperando: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cook)</source>
        <translation>%1 (cozinheiro)</translation>
    </message>
    <message>
        <source>%1 (producer)</source>
        <translation>%1 (produtor)</translation>
    </message>
    <message>
        <source>timer (sleep)</source>
        <translation>temporizador (sleep)</translation>
    </message>
    <message>
        <source>waiting on a timer (sleep)</source>
        <translation>esperando um temporizador (sleep)</translation>
    </message>
    <message>
        <source>queue, lock or semaphore</source>
        <translation>fila, lock ou semáforo</translation>
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
        <translation>um gather (grupo de tarefas)</translation>
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
        <translation>o lock `%1`</translation>
    </message>
    <message>
        <source>the semaphore `%1`</source>
        <translation>o semáforo `%1`</translation>
    </message>
    <message>
        <source>the queue `%1`</source>
        <translation>a fila `%1`</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>aguarda %1</translation>
    </message>
    <message>
        <source>work from its pool</source>
        <translation>trabalho do seu pool</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>is larger than %1 KB, the most a lesson file may hold; make it smaller</source>
        <translation>é maior que %1 KB, o máximo que um arquivo de lição pode ter; reduza-o</translation>
    </message>
    <message>
        <source>cannot be read (is it there?)</source>
        <translation>não pode ser lido (ele existe?)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>is not a regular file (it is a pipe, a device or a folder); put a text file of that name in its place</source>
        <translation>não é um arquivo comum (é um pipe, um dispositivo ou uma pasta); coloque no lugar dele um arquivo de texto com esse nome</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>não tem nome</translation>
    </message>
    <message>
        <source>is an absolute path; a lesson names a file of its own folder by its name alone (copy the file into the folder and write &quot;%1&quot;)</source>
        <translation>é um caminho absoluto; uma lição nomeia um arquivo da própria pasta só pelo nome (copie o arquivo para a pasta e escreva &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>leads out of the lesson folder (&quot;..&quot;); copy the file into the folder and write &quot;%1&quot;</source>
        <translation>sai da pasta da lição (&quot;..&quot;); copie o arquivo para a pasta e escreva &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not a plain file name; write &quot;%1&quot;</source>
        <translation>não é um simples nome de arquivo; escreva &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is in a sub-folder; a lesson&apos;s files sit in the lesson folder itself (move it there and write &quot;%1&quot;)</source>
        <translation>está numa subpasta; os arquivos de uma lição ficam na própria pasta da lição (mova-o para lá e escreva &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is a link to %1, which is not there; copy the file into the folder instead</source>
        <translation>é um link para %1, que não existe; copie o arquivo para a pasta em vez disso</translation>
    </message>
    <message>
        <source>is a link to %1, outside the lesson folder; copy the file into the folder instead</source>
        <translation>é um link para %1, fora da pasta da lição; copie o arquivo para a pasta em vez disso</translation>
    </message>
</context>
<context>
    <name>LessonLoader</name>
    <message>
        <source>%1 is missing (it needs a text for en, pt_BR and uk)</source>
        <translation>%1 está faltando (precisa de um texto para en, pt_BR e uk)</translation>
    </message>
    <message>
        <source>%1 must be an object of texts by language</source>
        <translation>%1 deve ser um objeto de textos por idioma</translation>
    </message>
    <message>
        <source>%1 has no English (en) text</source>
        <translation>%1 não tem texto em inglês (en)</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>não é um JSON válido: %1</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>deve conter um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>falta &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the folder is named &quot;%2&quot;; they must match</source>
        <translation>&quot;id&quot; é &quot;%1&quot;, mas a pasta se chama &quot;%2&quot;; devem ser iguais</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation>&quot;order&quot; deve ser um número</translation>
    </message>
    <message>
        <source>&quot;view&quot; is &quot;%1&quot;; it must be one of %2</source>
        <translation>&quot;view&quot; é &quot;%1&quot;; deve ser um de %2</translation>
    </message>
    <message>
        <source>&quot;scripts&quot; must list at least one script</source>
        <translation>&quot;scripts&quot; deve listar pelo menos um script</translation>
    </message>
    <message>
        <source>the label of script &quot;%1&quot;</source>
        <translation>o rótulo do script &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a script has no &quot;file&quot;</source>
        <translation>um script não tem &quot;file&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has type &quot;%2&quot;; it must be int, float or bool</source>
        <translation>o parâmetro &quot;%1&quot; tem tipo &quot;%2&quot;; deve ser int, float ou bool</translation>
    </message>
    <message>
        <source>the label of parameter &quot;%1&quot;</source>
        <translation>o rótulo do parâmetro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no &quot;default&quot;</source>
        <translation>o parâmetro &quot;%1&quot; não tem &quot;default&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default %2 is outside [%3, %4]</source>
        <translation>parâmetro &quot;%1&quot;: o padrão %2 está fora de [%3, %4]</translation>
    </message>
    <message>
        <source>a narration step has no &quot;id&quot;</source>
        <translation>um passo da narração não tem &quot;id&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; names script &quot;%2&quot;, which is not in &quot;scripts&quot;</source>
        <translation>o passo de narração &quot;%1&quot; cita o script &quot;%2&quot;, que não está em &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a taskDone trigger needs &quot;task&quot;</source>
        <translation>passo de narração &quot;%1&quot;: um gatilho taskDone precisa de &quot;task&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a time trigger needs &quot;seconds&quot; (0 or more)</source>
        <translation>passo de narração &quot;%1&quot;: um gatilho de tempo precisa de &quot;seconds&quot; (0 ou mais)</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; has trigger kind &quot;%2&quot;; it must be one of start, line, taskDone, time, key</source>
        <translation>o passo de narração &quot;%1&quot; tem gatilho do tipo &quot;%2&quot;; deve ser um de start, line, taskDone, time, key</translation>
    </message>
    <message>
        <source>the prompt of question &quot;%1&quot;</source>
        <translation>o enunciado da pergunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;before&quot; must name one of the scripts</source>
        <translation>pergunta &quot;%1&quot;: &quot;before&quot; deve citar um dos scripts</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has measure &quot;%2&quot;; it must be one of totalTime, peakMemory, workers, firstDone</source>
        <translation>a pergunta &quot;%1&quot; tem a medida &quot;%2&quot;; deve ser uma de totalTime, peakMemory, workers, firstDone</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be %3</source>
        <translation>pergunta &quot;%1&quot;, opção &quot;%2&quot;: &quot;value&quot; deve ser %3</translation>
    </message>
    <message>
        <source>a task name</source>
        <translation>o nome de uma tarefa</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>the text of choice &quot;%1&quot;</source>
        <translation>o texto da opção &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; needs at least two choices</source>
        <translation>a pergunta &quot;%1&quot; precisa de pelo menos duas opções</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;correct&quot; must be the id of one of its choices</source>
        <translation>pergunta &quot;%1&quot;: &quot;correct&quot; deve ser o id de uma das opções</translation>
    </message>
    <message>
        <source>is missing; it must tell every narration step</source>
        <translation>está faltando; ele deve contar cada passo da narração</translation>
    </message>
    <message>
        <source>has no section &quot;## %1&quot; for narration step &quot;%1&quot;</source>
        <translation>não tem a seção &quot;## %1&quot; para o passo de narração &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is missing: every lesson folder needs one</source>
        <translation>está faltando: toda pasta de lição precisa de um</translation>
    </message>
    <message>
        <source>%1 has a text in &quot;%2&quot;, which is not a lesson language</source>
        <translation>%1 tem um texto em &quot;%2&quot;, que não é uma língua das lições</translation>
    </message>
    <message>
        <source>%1 has no %2 text</source>
        <translation>%1 não tem texto em %2</translation>
    </message>
    <message>
        <source>has an unknown field &quot;%1&quot;</source>
        <translation>tem um campo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a whole number</source>
        <translation>&quot;order&quot; deve ser um número inteiro</translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false</source>
        <translation>&quot;compare&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; is listed twice</source>
        <translation>o script &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; must be a .py file in the lesson folder</source>
        <translation>o script &quot;%1&quot; deve ser um arquivo .py na pasta da lição</translation>
    </message>
    <message>
        <source>is not listed in lesson.json&apos;s &quot;scripts&quot;</source>
        <translation>não está listado em &quot;scripts&quot; do lesson.json</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must have type &quot;%2&quot;</source>
        <translation>o parâmetro &quot;%1&quot; deve ter o tipo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the range [%2, %3] goes beyond what the machine allows, [%4, %5]</source>
        <translation>parâmetro &quot;%1&quot;: o intervalo [%2, %3] vai além do que a máquina permite, [%4, %5]</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is listed twice</source>
        <translation>o parâmetro &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must be an UPPER_CASE constant or one of %2</source>
        <translation>o parâmetro &quot;%1&quot; deve ser uma constante em MAIÚSCULAS ou um de %2</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: no script assigns %1 at its top level, so the parameter would change nothing</source>
        <translation>parâmetro &quot;%1&quot;: nenhum script atribui %1 no nível superior, então o parâmetro não mudaria nada</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be true or false</source>
        <translation>parâmetro &quot;%1&quot;: o padrão deve ser true ou false</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a whole number</source>
        <translation>parâmetro &quot;%1&quot;: o padrão deve ser um número inteiro</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;step&quot; must be a positive number</source>
        <translation>parâmetro &quot;%1&quot;: &quot;step&quot; deve ser um número positivo</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: %2 has %3 lines, not %4</source>
        <translation>passo de narração &quot;%1&quot;: %2 tem %3 linhas, não %4</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: line %2 of %3 has no code, so no task reaches it</source>
        <translation>passo de narração &quot;%1&quot;: a linha %2 de %3 não tem código, então nenhuma tarefa chega a ela</translation>
    </message>
    <message>
        <source>&quot;narration&quot; must tell at least one step</source>
        <translation>&quot;narration&quot; deve contar pelo menos um passo</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: an id is lower-case words joined by &quot;-&quot;</source>
        <translation>passo de narração &quot;%1&quot;: um id é formado por palavras minúsculas unidas por &quot;-&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot; is listed twice</source>
        <translation>o passo de narração &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a %2 trigger has no &quot;%3&quot;</source>
        <translation>passo de narração &quot;%1&quot;: um gatilho %2 não tem &quot;%3&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: choice &quot;%2&quot; is listed twice</source>
        <translation>pergunta &quot;%1&quot;: a opção &quot;%2&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;value&quot; must be 0 or more</source>
        <translation>pergunta &quot;%1&quot;, opção &quot;%2&quot;: &quot;value&quot; deve ser 0 ou mais</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: another choice has the same value</source>
        <translation>pergunta &quot;%1&quot;, opção &quot;%2&quot;: outra opção tem o mesmo valor</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is listed twice</source>
        <translation>a pergunta &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>has a section &quot;## %1&quot; but no narration step &quot;%1&quot; in lesson.json</source>
        <translation>tem uma seção &quot;## %1&quot;, mas não há passo de narração &quot;%1&quot; no lesson.json</translation>
    </message>
    <message>
        <source>section &quot;## %1&quot; is empty</source>
        <translation>a seção &quot;## %1&quot; está vazia</translation>
    </message>
    <message>
        <source>is in &quot;%1&quot;, which is not a lesson language (en, pt_BR, uk)</source>
        <translation>está em &quot;%1&quot;, que não é uma língua das lições (en, pt_BR, uk)</translation>
    </message>
    <message>
        <source>&quot;order&quot; %1 is also the order of lesson &quot;%2&quot;</source>
        <translation>&quot;order&quot; %1 também é a ordem da lição &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;view&quot; is missing; it must be one of %1</source>
        <translation>&quot;view&quot; está ausente; deve ser um de %1</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; needs &quot;min&quot; and &quot;max&quot;</source>
        <translation>o parâmetro &quot;%1&quot; precisa de &quot;min&quot; e &quot;max&quot;</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a text (&quot;%1&quot;)</source>
        <translation>um texto (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 must be an object ({...}), not %2</source>
        <translation>%1 deve ser um objeto ({...}), não %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text in quotes, not %3</source>
        <translation>%1: &quot;%2&quot; deve ser um texto entre aspas, não %3</translation>
    </message>
    <message>
        <source>%1: the %2 text must be a text in quotes, not %3</source>
        <translation>%1: o texto em %2 deve ser um texto entre aspas, não %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, not %2</source>
        <translation>&quot;%1&quot; deve ser uma lista, não %2</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>a lição</translation>
    </message>
    <message>
        <source>an entry of &quot;scripts&quot;</source>
        <translation>um item de &quot;scripts&quot;</translation>
    </message>
    <message>
        <source>script &quot;%1&quot; %2</source>
        <translation>o script &quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>is listed in lesson.json but cannot be read (is it there?)</source>
        <translation>está listado em lesson.json mas não pode ser lido (ele existe?)</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; must be a number, not %3</source>
        <translation>parâmetro &quot;%1&quot;: &quot;%2&quot; deve ser um número, não %3</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a number, not %2%3</source>
        <translation>parâmetro &quot;%1&quot;: o padrão deve ser um número, não %2%3</translation>
    </message>
    <message>
        <source>; write it without quotes</source>
        <translation>; escreva-o sem aspas</translation>
    </message>
    <message>
        <source>an entry of &quot;parameters&quot;</source>
        <translation>um item de &quot;parameters&quot;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;</source>
        <translation>parâmetro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;: a line trigger needs &quot;line&quot;, a whole number from 1</source>
        <translation>passo de narração &quot;%1&quot;: um gatilho de linha precisa de &quot;line&quot;, um número inteiro a partir de 1</translation>
    </message>
    <message>
        <source>narration step &quot;%1&quot;</source>
        <translation>passo de narração &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;narration&quot;</source>
        <translation>um item de &quot;narration&quot;</translation>
    </message>
    <message>
        <source>the &quot;trigger&quot; of narration step &quot;%1&quot;</source>
        <translation>o &quot;trigger&quot; do passo de narração &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a choice of question &quot;%1&quot;</source>
        <translation>uma opção da pergunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an entry of &quot;questions&quot;</source>
        <translation>um item de &quot;questions&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>pergunta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;: &quot;choices&quot; must be a list, not %2</source>
        <translation>pergunta &quot;%1&quot;: &quot;choices&quot; deve ser uma lista, não %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is the id of a built-in lesson, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; é o id de uma lição embutida, por isso esta pasta não foi carregada; dê a ela um id e um nome de pasta próprios</translation>
    </message>
    <message>
        <source>&quot;id&quot; &quot;%1&quot; is also the id of the lesson in %2, so this folder was not loaded; give it an id and a folder name of its own</source>
        <translation>&quot;id&quot; &quot;%1&quot; também é o id da lição em %2, por isso esta pasta não foi carregada; dê a ela um id e um nome de pasta próprios</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;, choice &quot;%2&quot;: &quot;grows&quot; must give a number per parameter</source>
        <translation>pergunta &quot;%1&quot;, opção &quot;%2&quot;: &quot;grows&quot; deve dar um número por parâmetro</translation>
    </message>
</context>
<context>
    <name>LessonRunner</name>
    <message>
        <source>raise it with the setting budgets/%1 in %2</source>
        <translation>aumente-o com a configuração budgets/%1 em %2</translation>
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
        <translation>%1: CancelledError lançado aqui</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>%1: the timeout ran out: TimeoutError</source>
        <translation>%1: o prazo acabou: TimeoutError</translation>
    </message>
    <message>
        <source>%1: awaits here the coroutine it calls</source>
        <translation>%1: aguarda aqui a corrotina que chama</translation>
    </message>
</context>
<context>
    <name>coroscope::CodePanel</name>
    <message>
        <source>Reset to original</source>
        <translation>Restaurar o original</translation>
    </message>
    <message>
        <source>Throw away your edits to this script and restore the lesson&apos;s own</source>
        <translation>Descartar suas edições deste script e restaurar o da lição</translation>
    </message>
    <message>
        <source>Show script %1: %2</source>
        <translation>Mostrar o script %1: %2</translation>
    </message>
</context>
<context>
    <name>coroscope::CompareView</name>
    <message>
        <source>This lesson compares no scripts. Lessons with &quot;compare&quot; show their scripts here, one above the other.</source>
        <translation>Esta lição não compara scripts. Lições com &quot;compare&quot; mostram aqui seus scripts, um acima do outro.</translation>
    </message>
    <message>
        <source>This script did not run.</source>
        <translation>Este script não rodou.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Rodando…</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>peak memory %1</source>
        <translation>pico de memória %1</translation>
    </message>
    <message>
        <source>workers %1</source>
        <translation>workers %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>coroscope::EventLogView</name>
    <message>
        <source>Only the selected task</source>
        <translation>Só a tarefa selecionada</translation>
    </message>
    <message>
        <source>List only the events of the task selected in any view</source>
        <translation>Listar só os eventos da tarefa selecionada em qualquer visão</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonList</name>
    <message>
        <source>%1 (cannot be loaded)</source>
        <translation>%1 (não pode ser carregada)</translation>
    </message>
</context>
<context>
    <name>coroscope::LessonSession</name>
    <message>
        <source>Your edit of %1 could not be saved (%2); it is kept until Coroscope is closed.</source>
        <translation>Não foi possível salvar sua edição de %1 (%2); ela é mantida até o Coroscope ser fechado.</translation>
    </message>
</context>
<context>
    <name>coroscope::MainWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
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
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Waiters are workers, tables are clients, the kitchen is I/O (Ctrl+1)</source>
        <translation>Garçons são workers, mesas são clientes, a cozinha é E/S (Ctrl+1)</translation>
    </message>
    <message>
        <source>The lesson&apos;s scripts on one time axis (Ctrl+2)</source>
        <translation>Os scripts da lição em um só eixo de tempo (Ctrl+2)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narração</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reprodução</translation>
    </message>
    <message>
        <source>About Coroscope</source>
        <translation>Sobre o Coroscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;See concurrency happen: Python&apos;s asyncio, threads and processes on a simulated machine, drawn as they run.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coroscope %1&lt;/h3&gt;&lt;p&gt;Veja a concorrência acontecer: asyncio, threads e processos do Python numa máquina simulada, desenhados enquanto rodam.&lt;/p&gt;&lt;p&gt;Licença MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>Check the script and run it again with the current parameters</source>
        <translation>Verificar o script e executá-lo de novo com os parâmetros atuais</translation>
    </message>
    <message>
        <source>Reset to &amp;original</source>
        <translation>Restaurar o &amp;original</translation>
    </message>
    <message>
        <source>Throw away your edits and restore the lesson&apos;s script</source>
        <translation>Descartar suas edições e restaurar o script da lição</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Próxima lição</translation>
    </message>
    <message>
        <source>Open the next lesson</source>
        <translation>Abrir a próxima lição</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lição a&amp;nterior</translation>
    </message>
    <message>
        <source>Open the previous lesson</source>
        <translation>Abrir a lição anterior</translation>
    </message>
    <message>
        <source>&amp;Ask the question again</source>
        <translation>&amp;Fazer a pergunta de novo</translation>
    </message>
    <message>
        <source>Put the predict-first question again and restart</source>
        <translation>Fazer de novo a pergunta de previsão e recomeçar</translation>
    </message>
    <message>
        <source>Play or pause; at a narration step, go on</source>
        <translation>Reproduzir ou pausar; num passo da narração, continuar</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>&amp;Avançar um passo</translation>
    </message>
    <message>
        <source>One event forward, at a narration step too</source>
        <translation>Um evento adiante, também num passo da narração</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>&amp;Voltar um passo</translation>
    </message>
    <message>
        <source>One event back</source>
        <translation>Um evento para trás</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Recomeçar</translation>
    </message>
    <message>
        <source>Back to the start of the run</source>
        <translation>Voltar ao início da execução</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>Mais &amp;devagar</translation>
    </message>
    <message>
        <source>Halve the playback speed</source>
        <translation>Reduzir a velocidade de reprodução</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Mais &amp;rápido</translation>
    </message>
    <message>
        <source>Double the playback speed</source>
        <translation>Aumentar a velocidade de reprodução</translation>
    </message>
    <message>
        <source>&amp;Next (clicker)</source>
        <translation>&amp;Próximo (passador)</translation>
    </message>
    <message>
        <source>Go on past a narration step, else one event forward</source>
        <translation>Passar de um passo da narração; senão, um evento adiante</translation>
    </message>
    <message>
        <source>Pre&amp;vious (clicker)</source>
        <translation>&amp;Anterior (passador)</translation>
    </message>
    <message>
        <source>Lanes by &amp;worker</source>
        <translation>Faixas por &amp;worker</translation>
    </message>
    <message>
        <source>One lane per worker (loop, thread, process) instead of per task</source>
        <translation>Uma faixa por worker (laço, thread, processo) em vez de por tarefa</translation>
    </message>
    <message>
        <source>Loop &amp;ticks axis</source>
        <translation>Eixo de &amp;ticks do laço</translation>
    </message>
    <message>
        <source>Space events by loop ticks, so steps that take no time show</source>
        <translation>Espaçar eventos pelos ticks do laço, para ver passos que não levam tempo</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aproximar</translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation>Aproximar a linha do tempo</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;fastar</translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation>Afastar a linha do tempo</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>Show the whole run</source>
        <translation>Mostrar a execução inteira</translation>
    </message>
    <message>
        <source>&amp;Arrows</source>
        <translation>&amp;Setas</translation>
    </message>
    <message>
        <source>Show spawn, await, wake-up and cancel arrows</source>
        <translation>Mostrar setas de criação, await, despertar e cancelamento</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Restaurante</translation>
    </message>
    <message>
        <source>Show the restaurant</source>
        <translation>Mostrar o restaurante</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Show the comparison of the lesson&apos;s scripts</source>
        <translation>Mostrar a comparação dos scripts da lição</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>Modo &amp;apresentação</translation>
    </message>
    <message>
        <source>Full screen, large type, high contrast, for a projector</source>
        <translation>Tela cheia, letras grandes, alto contraste, para um projetor</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Restaurar o &amp;layout</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Pôr cada painel de volta onde começou</translation>
    </message>
    <message>
        <source>Export view as &amp;PNG…</source>
        <translation>Exportar visão como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the view under the mouse, or the restaurant, as a PNG picture</source>
        <translation>Salvar a visão sob o mouse, ou o restaurante, como imagem PNG</translation>
    </message>
    <message>
        <source>Export view as &amp;SVG…</source>
        <translation>Exportar visão como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the view as an SVG drawing</source>
        <translation>Salvar a visão como desenho SVG</translation>
    </message>
    <message>
        <source>Export &amp;Chrome trace…</source>
        <translation>Exportar trace do &amp;Chrome…</translation>
    </message>
    <message>
        <source>Save the run as JSON for Perfetto or chrome://tracing</source>
        <translation>Salvar a execução como JSON para o Perfetto ou o chrome://tracing</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close Coroscope</source>
        <translation>Fechar o Coroscope</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Listar todos os atalhos</translation>
    </message>
    <message>
        <source>&amp;About Coroscope</source>
        <translation>&amp;Sobre o Coroscope</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versão e licença</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lição</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reprodução</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Pa&amp;nels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel (%2)</source>
        <translation>Mostrar ou ocultar o painel %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Use the %1 theme (%2)</source>
        <translation>Usar o tema %1 (%2)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma do sistema (%1)</translation>
    </message>
    <message>
        <source>Show Coroscope and its lessons in this language (%1)</source>
        <translation>Mostrar o Coroscope e suas lições neste idioma (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Export view as SVG</source>
        <translation>Exportar visão como SVG</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Exportar visão como PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Run the script first: there is no trace to export.</source>
        <translation>Execute o script primeiro: não há trace para exportar.</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Exportar trace do Chrome</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Trace do Chrome em JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1 (open it in Perfetto)</source>
        <translation>%1 salvo (abra-o no Perfetto)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Nenhuma lição encontrada</translation>
    </message>
    <message>
        <source>Lessons are folders with a lesson.json; put one in %1.</source>
        <translation>Lições são pastas com um lesson.json; coloque uma em %1.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, linha %2, coluna %3: %4</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Executando %1…</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>%1 selecionada</translation>
    </message>
    <message>
        <source>To the &amp;end</source>
        <translation>Até o &amp;fim</translation>
    </message>
    <message>
        <source>Jump to the end of the run</source>
        <translation>Saltar para o fim da execução</translation>
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
        <translation>Mostrar e reproduzir este script da lição</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>End the runs still going at once; what they did stays shown</source>
        <translation>Encerra já as execuções em andamento; o que elas fizeram continua à vista</translation>
    </message>
    <message>
        <source>Press Run (%1) to run this script and see what it does.</source>
        <translation>Pressione Executar (%1) para executar este script e ver o que ele faz.</translation>
    </message>
</context>
<context>
    <name>coroscope::NarrationPanel</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>press Space or Page Down to go on</source>
        <translation>pressione Espaço ou Page Down para continuar</translation>
    </message>
    <message>
        <source>Press Space to play, → to step one event.</source>
        <translation>Pressione Espaço para reproduzir, → para avançar um evento.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on with the run (Space or Page Down)</source>
        <translation>Continuar a execução (Espaço ou Page Down)</translation>
    </message>
</context>
<context>
    <name>coroscope::ParametersPanel</name>
    <message>
        <source>This lesson has no parameters.</source>
        <translation>Esta lição não tem parâmetros.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Padrões</translation>
    </message>
    <message>
        <source>Put every parameter back to the lesson&apos;s value</source>
        <translation>Voltar cada parâmetro ao valor da lição</translation>
    </message>
</context>
<context>
    <name>coroscope::PredictCard</name>
    <message>
        <source>Predict first</source>
        <translation>Antes, um palpite</translation>
    </message>
    <message>
        <source>Press %1</source>
        <translation>Pressione %1</translation>
    </message>
    <message>
        <source>Choose an answer (1–%1), then watch the run. Esc skips the question.</source>
        <translation>Escolha uma resposta (1–%1) e assista à execução. Esc pula a pergunta.</translation>
    </message>
    <message>
        <source>You predicted it</source>
        <translation>Você acertou</translation>
    </message>
    <message>
        <source>The run says otherwise</source>
        <translation>A execução diz outra coisa</translation>
    </message>
    <message>
        <source>The run measured &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>A execução mediu &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Sua resposta: %1</translation>
    </message>
    <message>
        <source>The run&apos;s answer: %1</source>
        <translation>Resposta da execução: %1</translation>
    </message>
    <message>
        <source>(The lesson expected %1.)</source>
        <translation>(A lição esperava %1.)</translation>
    </message>
    <message>
        <source>Press Esc or click to close.</source>
        <translation>Pressione Esc ou clique para fechar.</translation>
    </message>
</context>
<context>
    <name>coroscope::PresenterWindow</name>
    <message>
        <source>Coroscope — presenter</source>
        <translation>Coroscope — apresentação</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Restaurant</source>
        <translation>&amp;Restaurante</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparação</translation>
    </message>
    <message>
        <source>Code &amp;and restaurant</source>
        <translation>Código &amp;e restaurante</translation>
    </message>
    <message>
        <source>Code a&amp;nd timeline</source>
        <translation>Código e li&amp;nha do tempo</translation>
    </message>
    <message>
        <source>&amp;Blank the screen</source>
        <translation>&amp;Apagar a tela</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto me&amp;nor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho &amp;normal do texto</translation>
    </message>
    <message>
        <source>Li&amp;ght theme</source>
        <translation>Tema &amp;claro</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;escuro</translation>
    </message>
    <message>
        <source>&amp;High contrast theme</source>
        <translation>Tema de &amp;alto contraste</translation>
    </message>
    <message>
        <source>L&amp;eave presenter mode</source>
        <translation>&amp;Sair do modo de apresentação</translation>
    </message>
    <message>
        <source>Views, text size, theme (or right-click)</source>
        <translation>Visões, tamanho do texto, tema (ou clique com o botão direito)</translation>
    </message>
    <message>
        <source>1–6 views · B blank · Ctrl+/− text · Esc leave</source>
        <translation>1–6 visões · B apaga · Ctrl+/− texto · Esc sai</translation>
    </message>
</context>
<context>
    <name>coroscope::RestaurantView</name>
    <message>
        <source>served by task %1</source>
        <translation>servida pela tarefa %1</translation>
    </message>
</context>
<context>
    <name>coroscope::RunProgress</name>
    <message>
        <source>Running… %1 s</source>
        <translation>Executando… %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Running %n scripts… %1 s</source>
        <translation>
            <numerusform>Executando %n script… %1 s</numerusform>
            <numerusform>Executando %n scripts… %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coroscope::Settings</name>
    <message>
        <source>The settings file %1 could not be read and could not be moved away; Coroscope starts with its defaults and may not keep your settings.</source>
        <translation>Não foi possível ler o arquivo de configurações %1 nem movê-lo para outro lugar; o Coroscope começa com os valores padrão e pode não guardar suas configurações.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; it was set aside as %2 and Coroscope starts with its defaults.</source>
        <translation>Não foi possível ler o arquivo de configurações %1; ele foi guardado à parte como %2 e o Coroscope começa com os valores padrão.</translation>
    </message>
</context>
<context>
    <name>coroscope::TimelineView</name>
    <message>
        <source>The timeline appears here when the lesson&apos;s script runs.</source>
        <translation>A linha do tempo aparece aqui quando o script da lição roda.</translation>
    </message>
    <message>
        <source>This run takes no virtual time: switch the axis to loop ticks (T) to see each step.</source>
        <translation>Esta execução não leva tempo virtual: mude o eixo para ticks do laço (T) para ver cada passo.</translation>
    </message>
    <message>
        <source>(idle)</source>
        <translation>(ocioso)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>from %1 for %2</source>
        <translation>de %1 por %2</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(até agora)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>tarefa %1: %2</translation>
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
        <translation>evento %1 / %2</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Playback speed, in virtual seconds per second ([ slower, ] faster)</source>
        <translation>Velocidade de reprodução, em segundos virtuais por segundo ([ mais devagar, ] mais rápido)</translation>
    </message>
    <message>
        <source>Drag to move through the run</source>
        <translation>Arraste para percorrer a execução</translation>
    </message>
    <message>
        <source>Virtual time at the playhead</source>
        <translation>Tempo virtual na posição de reprodução</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Play every script of every lesson through its narration in presenter mode, unattended, and the catalogue again after the last lesson (a kiosk, a long test run).</source>
        <translation>Reproduz cada script de cada lição com a sua narração no modo apresentador, sem ninguém, e o catálogo de novo depois da última lição (um quiosque, um teste longo).</translation>
    </message>
    <message>
        <source>With --autoplay: rewrite FILE every second with what is playing, so that a watcher can tell the app is responsive.</source>
        <translation>Com --autoplay: reescreve FILE a cada segundo com o que está sendo reproduzido, para que um observador saiba que o app responde.</translation>
    </message>
</context>
</TS>
