package com.acme.shapes;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.util.concurrent.TimeUnit;

/** Mockito doubles whose build() is stubbed never open a connection. */
class Doubles {
    void stubbedWithDoReturn() {
        NettyChannelBuilder builder = spy(NettyChannelBuilder.forAddress("localhost", 9000)
            .keepAliveTime(10, TimeUnit.SECONDS));
        final NettyChannelBuilder plain;
        plain = builder.usePlaintext();
        doReturn(mock(ManagedChannel.class)).when(builder).build();
        new Connector(plain);
    }

    void stubbedWithWhen() {
        NettyChannelBuilder builder = spy(NettyChannelBuilder.forTarget("dns:///orders.svc:443")
            .keepAliveTime(10, TimeUnit.SECONDS).keepAliveWithoutCalls(true));
        when(builder.build()).thenReturn(mock(ManagedChannel.class));
    }
}
